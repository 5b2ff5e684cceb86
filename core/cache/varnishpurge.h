#pragma once

#include "safety/destructiveaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace qm::cache {

// What a Varnish invalidation hits, on every instance of the profile.
//   Ban   a ban by URL regex and/or Host regex (lurker-friendly: tested on object headers)
//   Tags  an xkey purge of every object tagged with one of the tags
struct VarnishPurgeSpec
{
    enum class Kind { Ban, Tags };
    Kind kind = Kind::Ban;
    QString urlRegex;
    QString hostRegex;
    QStringList tags;
    QStringList verifyPaths; // URLs (paths) that must be fetched fresh afterwards, when known

    static VarnishPurgeSpec banUrl(QString regex);
    static VarnishPurgeSpec banHost(QString regex);
    static VarnishPurgeSpec purgeTags(QStringList tags);
    QString target() const;
    QString actionName() const; // varnish.ban / varnish.purge.xkey
};

// Varnish invalidation through the safety flow. Varnish cannot count what a ban or an xkey purge
// hits before doing it: the plan says so and shows the objects cached and the ban-list length
// on each instance; execute reports the objects purged (xkey) or the bans added; verify checks
// the ban is listed on every instance and that known URLs are served fresh (X-Cache: MISS).
class VarnishPurgeAction : public safety::DestructiveAction
{
    Q_DECLARE_TR_FUNCTIONS(qm::cache::VarnishPurgeAction)
public:
    VarnishPurgeAction(QStringList instances, VarnishPurgeSpec spec);

    QString kind() const override { return m_spec.actionName(); }
    QString describe() const override;
    Result<safety::Plan> plan(const safety::CancelToken &cancel) override;
    safety::Outcome execute(const safety::Plan &plan, const safety::ProgressFn &progress,
        const safety::CancelToken &cancel) override;
    Result<safety::Verification> verify(const safety::Plan &plan, const safety::Outcome &outcome,
        const safety::CancelToken &cancel) override;

    const VarnishPurgeSpec &spec() const { return m_spec; }
    void setVerifyPaths(const QStringList &paths) { m_spec.verifyPaths = paths; }

private:
    QStringList m_instances;
    VarnishPurgeSpec m_spec;
};

} // namespace qm::cache
