#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace qm {

// File ▸ Settings…: the console's preferences. Language: the system's (default) or one of the
// translations embedded in the application; it applies at the next start. Colours. The idle
// lock of production (and, if chosen, staging) profiles.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // qmDir: where the translations are (tests pass a folder of compiled .qm files).
    explicit SettingsDialog(QWidget *parent = nullptr, const QString &qmDir = QString());

    QComboBox *languageBox() const { return m_language; }
    // The language setting the dialog stores on OK: "" for the system's, else a code.
    QString chosenLanguage() const;
    QComboBox *themeBox() const { return m_theme; }
    // "light", "dark" or "" (the system's); applied to the running application on OK.
    QString chosenTheme() const;

    // The idle lock: minutes without input before a production profile locks (0: never), and
    // whether staging profiles lock too.
    QSpinBox *idleLockBox() const { return m_idleMinutes; }
    QCheckBox *idleLockStagingBox() const { return m_idleStaging; }

    void accept() override;

private:
    QComboBox *m_language;
    QComboBox *m_theme;
    QSpinBox *m_idleMinutes;
    QCheckBox *m_idleStaging;
    QLabel *m_restartNote; // the language applies at the next start: says so
    QString m_initial;
};

} // namespace qm
