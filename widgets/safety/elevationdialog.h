#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace qm {

class Session;

// Asks why and for how long to lift production's read-only mode: a typed reason (at least
// safety::Elevation::kMinReasonLength characters; it goes to the audit log) and a duration
// (Settings::elevationMinutes() by default). Elevate writes the reason to the audit log on a
// worker (Session::elevate) and closes once the elevation started; a refusal stays in the dialog.
class ElevationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ElevationDialog(Session *session, QWidget *parent = nullptr);

    QLineEdit *reasonField() const { return m_reason; }
    QSpinBox *minutesField() const { return m_minutes; }
    QPushButton *elevateButton() const;
    QString message() const;

    void accept() override; // starts the audited elevation; closes when it succeeded

private:
    void updateState();

    Session *m_session;
    QLineEdit *m_reason;
    QSpinBox *m_minutes;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace qm
