#include "settingsdialog.h"

#include "appstyle.h"
#include "profiles/profile.h"
#include "settings/languages.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qm {

SettingsDialog::SettingsDialog(QWidget *parent, const QString &qmDir)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_idleMinutes(new QSpinBox(this))
    , m_idleStaging(new QCheckBox(tr("Also lock s&taging profiles"), this))
    , m_restartNote(new QLabel(this))
    , m_initial(Settings::language())
{
    setWindowTitle(tr("Settings"));
    const QString dir = qmDir.isEmpty() ? QString::fromLatin1(languages::kEmbeddedDir) : qmDir;
    const QLocale system = QLocale::system();
    const QString systemName
        = system.language() == QLocale::C ? QStringLiteral("English") : system.nativeLanguageName();
    m_language->addItem(tr("System default (%1)").arg(systemName), QString());
    for (const languages::Language &l : languages::available(dir))
        m_language->addItem(l.name, l.code);
    int current = m_language->findData(m_initial);
    if (current < 0) // a language this build no longer has: show the system's
        current = 0;
    m_language->setCurrentIndex(current);
    m_language->setAccessibleName(tr("Language"));

    m_theme->setObjectName(QStringLiteral("themeChoice"));
    m_theme->addItem(tr("System default"), QString());
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Settings::theme())));
    m_theme->setAccessibleName(tr("Colours"));

    m_idleMinutes->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleMinutes->setRange(0, 24 * 60);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setSpecialValueText(tr("Never"));
    m_idleMinutes->setValue((Settings::idleLockSeconds() + 59) / 60);
    m_idleMinutes->setAccessibleName(tr("Idle lock after minutes"));
    m_idleMinutes->setToolTip(tr("After this long without input, a production profile's window "
                                 "is covered until the database password is typed again."));
    m_idleStaging->setObjectName(QStringLiteral("idleLockStaging"));
    m_idleStaging->setChecked(Settings::idleLockEnvironments().contains(
        Profile::environmentKey(Profile::Environment::Staging)));

    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("A new language applies the next time Quartermaster starts."));

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    auto *themeLabel = new QLabel(tr("&Colours:"), this);
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, m_theme);
    auto *idleLabel = new QLabel(tr("&Idle lock after:"), this);
    idleLabel->setBuddy(m_idleMinutes);
    form->addRow(idleLabel, m_idleMinutes);
    form->addRow(QString(), m_idleStaging);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addStretch();
    layout->addWidget(buttons);
}

QString SettingsDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

QString SettingsDialog::chosenTheme() const
{
    return m_theme->currentData().toString();
}

void SettingsDialog::accept()
{
    // Colours apply at once (the language needs a restart: see the note).
    if (chosenTheme() != Settings::theme()) {
        Settings::setTheme(chosenTheme());
        if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
            applyAppStyle(*app, resolveTheme(chosenTheme()));
    }
    Settings::setLanguage(chosenLanguage());
    if (m_idleMinutes->value() * 60 != (Settings::idleLockSeconds() + 59) / 60 * 60)
        Settings::setIdleLockSeconds(m_idleMinutes->value() * 60);
    QStringList lockEnvs {Profile::environmentKey(Profile::Environment::Production)};
    if (m_idleStaging->isChecked())
        lockEnvs << Profile::environmentKey(Profile::Environment::Staging);
    Settings::setIdleLockEnvironments(lockEnvs);
    Settings::sync();
    QDialog::accept();
}

} // namespace qm
