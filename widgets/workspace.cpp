#include "workspace.h"

#include "session/session.h"

namespace qm {

void SessionWorkspace::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    stop();
    m_session = session;
    if (!session)
        return;
    connect(session, &Session::connected, this, &SessionWorkspace::start);
    connect(session, &Session::capabilitiesChanged, this, &SessionWorkspace::updateCapabilities);
    if (session->state() == Session::State::Connected)
        start();
}

} // namespace qm
