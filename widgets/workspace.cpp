#include "workspace.h"

#include "safety/elevation.h"
#include "session/session.h"

namespace qm {

void SessionWorkspace::setSession(Session *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->elevation().get(), nullptr, this, nullptr);
    }
    stop();
    m_session = session;
    if (!session)
        return;
    connect(session, &Session::connected, this, &SessionWorkspace::start);
    connect(session, &Session::capabilitiesChanged, this, &SessionWorkspace::updateCapabilities);
    // Production's write buttons follow the elevation (the writers refuse regardless).
    connect(session->elevation().get(), &safety::Elevation::changed, this,
        &SessionWorkspace::updateCapabilities, Qt::QueuedConnection);
    if (session->state() == Session::State::Connected)
        start();
}

} // namespace qm
