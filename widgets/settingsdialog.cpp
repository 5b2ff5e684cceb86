#include "settingsdialog.h"

#include "appstyle.h"
#include "settings/languages.h"
#include "settings/settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace qm {

SettingsDialog::SettingsDialog(QWidget *parent, const QString &qmDir)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
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
    Settings::sync();
    QDialog::accept();
}

} // namespace qm
