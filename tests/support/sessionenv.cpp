#include "sessionenv.h"

#include "profiles/credentials.h"
#include "session/session.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

bool qmtest::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

std::unique_ptr<qm::Session> qmtest::openSession(const QString &user,
    std::optional<qm::Profile::Environment> env, const std::function<void(qm::Profile &)> &edit)
{
    QFile f(profilePath());
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning() << "no sandbox profile at" << profilePath();
        return nullptr;
    }
    auto profile = qm::Profile::fromJsonBytes(f.readAll());
    if (!profile) {
        qWarning() << "sandbox profile unreadable:" << profile.error().toString();
        return nullptr;
    }
    qm::Profile p = profile.value();
    p.user = user;
    p.resolveRedisUser(); // the sandbox signs each role in to Redis as its own ACL user
    if (env)
        p.environment = *env;
    if (edit)
        edit(p);
    qm::Credentials c;
    c.source = qm::Credentials::Source::Passfile;
    c.passfile = p.passfile;
    c.redisPassword = qm::redisPassfilePassword(p);
    auto session = std::make_unique<qm::Session>(p, c);
    session->open();
    const bool ready = waitUntil(
        [&] {
            return session->state() == qm::Session::State::Connected
                && !session->capabilities().isEmpty();
        },
        40000);
    if (!ready) {
        qWarning() << "session as" << user << "did not open:" << int(session->state())
                   << session->lastError().toString() << session->capabilities();
        return nullptr;
    }
    return session;
}
