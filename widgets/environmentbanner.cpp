#include "environmentbanner.h"

#include "safety/elevation.h"
#include "safety/elevationdialog.h"
#include "session/session.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace qm {

EnvironmentBanner::EnvironmentBanner(QWidget *parent)
    : QWidget(parent)
    , m_badge(new QLabel(this))
    , m_backend(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_elevation(new QLabel(this))
    , m_tlsWarning(new QLabel(this))
    , m_elevate(new QPushButton(tr("Elevate…"), this))
    , m_endElevation(new QPushButton(tr("End elevation"), this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("environmentBanner"));
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 5, 12, 5);
    layout->setSpacing(10);
    m_badge->setObjectName(QStringLiteral("environmentBadge"));
    m_badge->setContentsMargins(8, 1, 8, 1);
    QFont bold = m_badge->font();
    bold.setBold(true);
    bold.setLetterSpacing(QFont::PercentageSpacing, 108);
    m_badge->setFont(bold);
    m_backend->setObjectName(QStringLiteral("backendBadge"));
    m_backend->setContentsMargins(8, 1, 8, 1);
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_detail->setTextFormat(Qt::PlainText);
    layout->addWidget(m_badge);
    layout->addWidget(m_backend);
    layout->addWidget(m_title);
    m_tlsWarning->setObjectName(QStringLiteral("tlsWarning"));
    m_tlsWarning->setContentsMargins(8, 1, 8, 1);
    m_tlsWarning->setFont(bold);
    m_tlsWarning->setStyleSheet(
        QStringLiteral("background: #ffd54f; color: #3b2a00; border-radius: 3px;"));
    m_tlsWarning->setVisible(false);
    layout->addWidget(m_tlsWarning);
    layout->addStretch(1);
    m_elevation->setObjectName(QStringLiteral("elevationState"));
    m_elevation->setContentsMargins(8, 1, 8, 1);
    m_elevation->setFont(bold);
    m_elevate->setObjectName(QStringLiteral("elevateButton"));
    m_elevate->setAccessibleName(tr("Elevate to write on production"));
    m_elevate->setToolTip(tr("Production is read-only. Give a reason to write for a limited "
                             "time (View ▸ Elevate…, Ctrl+Shift+E)."));
    m_endElevation->setObjectName(QStringLiteral("endElevationButton"));
    m_endElevation->setAccessibleName(tr("End the elevation now"));
    m_endElevation->setToolTip(tr("Back to read-only now, before the time is up."));
    layout->addWidget(m_elevation);
    layout->addWidget(m_elevate);
    layout->addWidget(m_endElevation);
    layout->addWidget(m_detail);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &EnvironmentBanner::updateElevation);
    connect(m_elevate, &QPushButton::clicked, this, &EnvironmentBanner::requestElevation);
    connect(m_endElevation, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->endElevation();
    });
    clear();
}

void EnvironmentBanner::setSession(Session *session)
{
    if (m_session)
        m_session->elevation()->disconnect(this);
    m_session = session;
    if (m_session)
        connect(m_session->elevation().get(), &safety::Elevation::changed, this,
            &EnvironmentBanner::updateElevation, Qt::QueuedConnection);
    updateElevation();
}

void EnvironmentBanner::requestElevation()
{
    if (!m_session || !m_session->elevation()->required() || m_session->elevation()->isElevated())
        return;
    auto *dialog = new ElevationDialog(m_session, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString EnvironmentBanner::elevationText() const
{
    return m_elevation->isVisibleTo(this) ? m_elevation->text() : QString();
}

void EnvironmentBanner::updateElevation()
{
    const safety::Elevation *e = m_session ? m_session->elevation().get() : nullptr;
    const bool production = e && e->required();
    const bool elevated = production && e->isElevated();
    m_elevation->setVisible(production);
    m_elevate->setVisible(production && !elevated);
    m_endElevation->setVisible(elevated);
    if (!production) {
        m_countdown->stop();
        m_elevation->clear();
        return;
    }
    if (elevated) {
        const qint64 left = e->secondsLeft();
        m_elevation->setText(tr("ELEVATED %1:%2")
                                 .arg(left / 60, 2, 10, QLatin1Char('0'))
                                 .arg(left % 60, 2, 10, QLatin1Char('0')));
        m_elevation->setToolTip(
            tr("Writing is allowed until %1. Reason: %2")
                .arg(QLocale().toString(e->until().toLocalTime().time(), QLocale::ShortFormat),
                    e->reason()));
        m_elevation->setAccessibleName(
            tr("Elevated: %n minute(s) left", nullptr, int((left + 59) / 60)));
        if (!m_countdown->isActive())
            m_countdown->start();
    } else {
        m_countdown->stop();
        m_elevation->setText(tr("READ-ONLY"));
        m_elevation->setToolTip(tr("Production is read-only: every change is refused until you "
                                   "elevate with a reason."));
        m_elevation->setAccessibleName(tr("Production is read-only"));
    }
}

QColor EnvironmentBanner::backgroundFor(Profile::Environment env)
{
    switch (env) {
    case Profile::Environment::Production:
        return QColor(0xb4, 0x23, 0x18);
    case Profile::Environment::Staging:
        return QColor(0xf0, 0xa2, 0x02);
    case Profile::Environment::Development:
        break;
    }
    return QColor(0xdf, 0xf0, 0xe3);
}

QColor EnvironmentBanner::foregroundFor(Profile::Environment env)
{
    switch (env) {
    case Profile::Environment::Production:
        return Qt::white;
    case Profile::Environment::Staging:
        return QColor(0x33, 0x24, 0x00);
    case Profile::Environment::Development:
        break;
    }
    return QColor(0x1d, 0x4d, 0x2b);
}

void EnvironmentBanner::setProfile(const Profile &profile)
{
    m_hasProfile = true;
    m_environment = profile.environment;
    m_badge->setText(Profile::environmentName(profile.environment).toUpper());
    m_title->setText(profile.name);
    const Backend backend = backendOf(profile);
    m_backend->setText(backend.name());
    m_backend->setToolTip(backend.kind() == BackendKind::Vendure
            ? tr("Vendure store: the console reads its own views beside Vendure's tables (%1) and "
                 "writes through Vendure's Admin API (%2).")
                  .arg(QLatin1String(backend.schema()), backend.vendure().adminApi)
            : tr("The console's reference store (schema %1).")
                  .arg(QLatin1String(backend.schema())));
    m_backend->setVisible(true);
    QString tip;
    switch (profile.environment) {
    case Profile::Environment::Production:
        tip = tr("Production: changes here reach real customers. Destructive actions ask you to "
                 "type the target's name.");
        break;
    case Profile::Environment::Staging:
        tip = tr("Staging: a rehearsal environment, not the live store.");
        break;
    case Profile::Environment::Development:
        tip = tr("Development: a local or test store.");
        break;
    }
    setToolTip(tip);
    const QStringList warnings = profile.environment == Profile::Environment::Production
        ? profile.tlsWarnings()
        : QStringList();
    m_tlsWarning->setText(warnings.isEmpty() ? QString() : tr("⚠ UNVERIFIED TLS"));
    m_tlsWarning->setToolTip(warnings.join(u'\n'));
    m_tlsWarning->setAccessibleName(warnings.isEmpty()
            ? QString()
            : tr("Warning: connections are not verified: %1").arg(warnings.join(u' ')));
    m_tlsWarning->setVisible(!warnings.isEmpty());
    applyColours();
}

QString EnvironmentBanner::tlsWarningText() const
{
    return m_hasProfile ? m_tlsWarning->text() : QString();
}

void EnvironmentBanner::clear()
{
    m_hasProfile = false;
    m_environment = Profile::Environment::Development;
    m_badge->setText(tr("NOT CONNECTED"));
    m_backend->clear();
    m_backend->setVisible(false);
    m_tlsWarning->clear();
    m_tlsWarning->setVisible(false);
    m_title->setText(tr("Choose a connection profile (File ▸ Profiles…)"));
    m_detail->clear();
    setToolTip({});
    setSession(nullptr);
    applyColours();
}

void EnvironmentBanner::setDetail(const QString &text, const QString &toolTip)
{
    m_detail->setText(text);
    m_detail->setToolTip(toolTip);
}

QString EnvironmentBanner::title() const
{
    return m_badge->text() + u' ' + m_title->text();
}

QString EnvironmentBanner::backendText() const
{
    return m_hasProfile ? m_backend->text() : QString();
}

QString EnvironmentBanner::profileName() const
{
    return m_hasProfile ? m_title->text() : QString();
}

QColor EnvironmentBanner::background() const
{
    return palette().color(QPalette::Window);
}

void EnvironmentBanner::applyColours()
{
    // Not connected: a quiet grey that follows the light or dark look.
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    const QColor idleBg = dark ? QColor(0x2b, 0x32, 0x3b) : QColor(0xe4, 0xe7, 0xeb);
    const QColor idleFg = dark ? QColor(0xc3, 0xcc, 0xd6) : QColor(0x3c, 0x47, 0x57);
    const QColor bg = m_hasProfile ? backgroundFor(m_environment) : idleBg;
    const QColor fg = m_hasProfile ? foregroundFor(m_environment) : idleFg;
    QPalette pal = palette();
    pal.setColor(QPalette::Window, bg);
    pal.setColor(QPalette::WindowText, fg);
    setPalette(pal);
    // The badge is the environment's name in inverted colours, so it reads even without colour.
    m_badge->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 3px; }")
            .arg(fg.name(), bg.name()));
    m_elevation->setStyleSheet(
        QStringLiteral("QLabel { border: 2px solid %1; border-radius: 3px; }").arg(fg.name()));
    // The backend in the environment's colours, outlined: read with the badge, not louder.
    m_backend->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid %1; border-radius: 3px; }").arg(fg.name()));
}

} // namespace qm
