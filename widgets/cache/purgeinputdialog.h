#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace qm {

// What to purge, before any plan: the kind (Redis pattern, tag, product; Varnish URL ban, host
// ban, xkey tag; tag-set reaping), its argument and whether protected namespaces are unlocked
// for this one purge. The page turns the answer into a DestructiveAction for the FlowDialog.
class PurgeInputDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind {
        RedisPattern,
        RedisTag,
        Product,
        VarnishUrl,
        VarnishHost,
        VarnishTag,
        ReapTags
    };
    Q_ENUM(Kind)

    explicit PurgeInputDialog(bool haveVarnish, QWidget *parent = nullptr);

    void setKind(Kind kind);
    void setArgument(const QString &argument);
    Kind kind() const;
    QString argument() const;
    bool unlockProtected() const;

    QLineEdit *argumentField() const { return m_argument; }
    QCheckBox *unlockBox() const { return m_unlock; }

private:
    void refresh();

    QComboBox *m_kind;
    QLabel *m_hint;
    QLineEdit *m_argument;
    QCheckBox *m_unlock;
    QPushButton *m_plan = nullptr;
};

} // namespace qm
