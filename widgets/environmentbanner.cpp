#include "environmentbanner.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>

namespace qm {

EnvironmentBanner::EnvironmentBanner(QWidget *parent)
    : QWidget(parent)
    , m_badge(new QLabel(this))
    , m_backend(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
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
    layout->addStretch(1);
    layout->addWidget(m_detail);
    clear();
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
    applyColours();
}

void EnvironmentBanner::clear()
{
    m_hasProfile = false;
    m_environment = Profile::Environment::Development;
    m_badge->setText(tr("NOT CONNECTED"));
    m_backend->clear();
    m_backend->setVisible(false);
    m_title->setText(tr("Choose a connection profile (File ▸ Profiles…)"));
    m_detail->clear();
    setToolTip({});
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
    // The backend in the environment's colours, outlined: read with the badge, not louder.
    m_backend->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid %1; border-radius: 3px; }").arg(fg.name()));
}

} // namespace qm
