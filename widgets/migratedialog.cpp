#include "migratedialog.h"

#include "common/whenfinished.h"
#include "db/pool.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace qm {

MigrateDialog::MigrateDialog(const Profile &profile, const db::ConnectionParams &primary,
    const db::MigrationStatus &status, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_primary(primary)
    , m_summary(new QLabel(this))
    , m_files(new QListWidget(this))
    , m_user(new QLineEdit(primary.user, this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("migrateDialog"));
    setWindowTitle(
        status.current == 0 ? tr("Install the console schema") : tr("Update the console schema"));
    resize(620, 520);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *heading = new QLabel(windowTitle(), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    layout->addWidget(heading);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Migrations to apply, in order:"), this));
    m_files->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_files, 1);

    auto *form = new QFormLayout;
    m_user->setToolTip(tr("Migrations create schemas, views and functions: sign in as the "
                          "database's schema owner."));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from the pgpass file"));
    form->addRow(tr("Run as &user:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    if (profile.environment == Profile::Environment::Production) {
        m_confirm->setPlaceholderText(profile.name);
        form->addRow(tr("Type \"%1\" to confirm:").arg(profile.name), m_confirm);
    } else {
        m_confirm->hide();
    }
    layout->addLayout(form);

    m_progress->setRange(0, 0);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    m_migrate = m_buttons->addButton(tr("&Migrate"), QDialogButtonBox::ActionRole);
    m_migrate->setDefault(true);
    m_later = m_buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
    layout->addWidget(m_buttons);
    connect(m_migrate, &QPushButton::clicked, this, [this] {
        if (m_migrated)
            accept();
        else
            startMigration();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MigrateDialog::reject);
    connect(m_confirm, &QLineEdit::textChanged, this, &MigrateDialog::updateButtons);
    connect(m_user, &QLineEdit::textChanged, this, &MigrateDialog::updateButtons);
    showStatus(status);
    updateButtons();
}

MigrateDialog::~MigrateDialog() = default;

void MigrateDialog::showStatus(const db::MigrationStatus &status)
{
    m_summary->setText(
        tr("Database <b>%1</b> on %2 has console schema version <b>%3</b>; this console needs "
           "version <b>%4</b>. Nothing changes until you press Migrate.")
            .arg(m_primary.dbname.toHtmlEscaped(),
                (m_primary.host + u':' + QString::number(m_primary.port)).toHtmlEscaped())
            .arg(status.current)
            .arg(status.required));
    m_files->clear();
    for (const db::MigrationFile &f : status.pending)
        m_files->addItem(f.name + QStringLiteral(".sql"));
    if (status.pending.isEmpty())
        m_files->addItem(tr("(none)"));
}

bool MigrateDialog::confirmed() const
{
    return m_profile.environment != Profile::Environment::Production
        || m_confirm->text() == m_profile.name;
}

void MigrateDialog::updateButtons()
{
    m_migrate->setEnabled(
        m_migrated || (!m_running && confirmed() && !m_user->text().trimmed().isEmpty()));
}

void MigrateDialog::startMigration()
{
    if (m_running || m_migrated || !confirmed() || m_user->text().trimmed().isEmpty())
        return;
    db::ConnectionParams params = m_primary;
    params.user = m_user->text().trimmed();
    params.password = m_password->text();
    params.applicationName = QStringLiteral("quartermaster migrate");
    m_pool = std::make_unique<db::Pool>(params, 1);
    m_running = true;
    m_progress->show();
    m_result->setText(tr("Migrating as %1…").arg(params.user));
    updateButtons();
    const db::Migrator migrator;
    whenFinished(this, migrator.migrate(*m_pool), [this](const Result<db::MigrationStatus> &r) {
        m_running = false;
        m_progress->hide();
        if (!r) {
            m_result->setText(tr("Migration failed; nothing after the failing file was applied: "
                                 "%1")
                                  .arg(r.error().toString()));
            updateButtons();
            Q_EMIT migrationFinished(false);
            return;
        }
        m_migrated = r->upToDate();
        showStatus(r.value());
        m_result->setText(r->appliedNow.isEmpty()
                ? tr("Nothing to apply: another console migrated meanwhile.")
                : tr("Applied %1.").arg(r->appliedNow.join(QStringLiteral(", "))));
        m_migrate->setText(tr("&Continue"));
        m_later->setVisible(!m_migrated);
        updateButtons();
        Q_EMIT migrationFinished(true);
    });
}

void MigrateDialog::reject()
{
    if (m_running)
        return;
    QDialog::reject();
}

} // namespace qm
