#include "purgeinputdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qm {

PurgeInputDialog::PurgeInputDialog(bool haveVarnish, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_argument(new QLineEdit(this))
    , m_unlock(
          new QCheckBox(tr("Unlock protected namespaces (sessions, carts) for this purge"), this))
    , m_budget(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Purge the cache"));
    m_kind->addItem(tr("Redis keys matching a pattern"), int(Kind::RedisPattern));
    m_kind->addItem(tr("Redis keys with a tag"), int(Kind::RedisTag));
    m_kind->addItem(haveVarnish ? tr("A product (Redis objects and pages, Varnish pages)")
                                : tr("A product (Redis objects and pages)"),
        int(Kind::Product));
    if (haveVarnish) {
        m_kind->addItem(tr("Varnish pages by URL regex"), int(Kind::VarnishUrl));
        m_kind->addItem(tr("Varnish pages by host regex"), int(Kind::VarnishHost));
        m_kind->addItem(tr("Varnish pages with an xkey tag"), int(Kind::VarnishTag));
    }
    m_kind->addItem(tr("Reap expired members of tag sets"), int(Kind::ReapTags));
    m_argument->setObjectName(QStringLiteral("purgeArgument"));
    m_hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("What:"), m_kind);
    form->addRow(tr("Which:"), m_argument);
    m_budget->setObjectName(QStringLiteral("purgeBudget"));
    m_budget->setRange(0.1, 1000);
    m_budget->setDecimals(1);
    m_budget->setSingleStep(0.5);
    m_budget->setSuffix(tr(" ms"));
    m_budget->setValue(cache::PurgePolicy {}.latencyBudgetMs);
    m_budget->setToolTip(tr("Redis deletions slow down while shoppers' round trips are above "
                            "this."));
    form->addRow(tr("Shoppers' latency budget:"), m_budget);
    auto *l = new QVBoxLayout(this);
    l->addLayout(form);
    l->addWidget(m_hint);
    l->addWidget(m_unlock);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_plan = buttons->addButton(tr("Plan…"), QDialogButtonBox::AcceptRole);
    l->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PurgeInputDialog::refresh);
    connect(m_argument, &QLineEdit::textChanged, this, &PurgeInputDialog::refresh);
    refresh();
}

void PurgeInputDialog::setKind(Kind kind)
{
    const int i = m_kind->findData(int(kind));
    if (i >= 0)
        m_kind->setCurrentIndex(i);
}

void PurgeInputDialog::setArgument(const QString &argument)
{
    m_argument->setText(argument);
}

PurgeInputDialog::Kind PurgeInputDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

QString PurgeInputDialog::argument() const
{
    return m_argument->text();
}

bool PurgeInputDialog::unlockProtected() const
{
    return m_unlock->isVisible() && m_unlock->isChecked();
}

double PurgeInputDialog::latencyBudgetMs() const
{
    return m_budget->value();
}

void PurgeInputDialog::setLatencyBudgetMs(double ms)
{
    m_budget->setValue(ms);
}

void PurgeInputDialog::refresh()
{
    switch (kind()) {
    case Kind::RedisPattern:
        m_hint->setText(tr("Redis glob: * any bytes, ? one byte, [abc] [a-z] [^a] classes, "
                           "\\ escapes. Matched exactly as Redis' SCAN MATCH does."));
        m_argument->setPlaceholderText(QStringLiteral("page:1*"));
        break;
    case Kind::RedisTag:
        m_hint->setText(tr("The keys listed in the set tag:<name>, then the set."));
        m_argument->setPlaceholderText(QStringLiteral("category:shoes"));
        break;
    case Kind::Product:
        m_hint->setText(tr("product:<id>, product:<id>:*, the pages tagged tag:product:<id>, "
                           "and the product's Varnish pages (xkey product-<id>)."));
        m_argument->setPlaceholderText(QStringLiteral("42"));
        break;
    case Kind::VarnishUrl:
        m_hint->setText(tr("A ban on every Varnish instance: objects whose URL matches."));
        m_argument->setPlaceholderText(QStringLiteral("^/p/42$"));
        break;
    case Kind::VarnishHost:
        m_hint->setText(tr("A ban on every Varnish instance: objects of matching hosts."));
        m_argument->setPlaceholderText(QStringLiteral("^shop\\.example$"));
        break;
    case Kind::VarnishTag:
        m_hint->setText(tr("An xkey purge on every Varnish instance."));
        m_argument->setPlaceholderText(QStringLiteral("product-42"));
        break;
    case Kind::ReapTags:
        m_hint->setText(tr("Tag sets have no TTL: remove the members whose keys expired. "
                           "Optional: a glob of tag sets (default tag:*)."));
        m_argument->setPlaceholderText(QStringLiteral("tag:*"));
        break;
    }
    const bool redis
        = kind() == Kind::RedisPattern || kind() == Kind::RedisTag || kind() == Kind::Product;
    m_unlock->setVisible(redis);
    m_budget->setEnabled(redis || kind() == Kind::ReapTags);
    if (m_plan)
        m_plan->setEnabled(kind() == Kind::ReapTags || !m_argument->text().isEmpty());
}

} // namespace qm
