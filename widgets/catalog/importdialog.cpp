#include "catalog/importdialog.h"

#include "backends/writes.h"
#include "catalog/catalogwrites.h"
#include "common/whenfinished.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qm {

ImportDialog::ImportDialog(std::shared_ptr<db::Cluster> cluster, QWidget *parent)
    : ImportDialog(backends::catalogWrites(Backend(), std::move(cluster), nullptr), parent)
{ }

ImportDialog::ImportDialog(std::shared_ptr<catalog::CatalogWrites> writes, QWidget *parent)
    : QDialog(parent)
    , m_writes(std::move(writes))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse..."), this))
    , m_delimiter(new QComboBox(this))
    , m_check(new QPushButton(tr("C&heck"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_cancel(new QPushButton(tr("Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_issues(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Import products from CSV"));
    m_path->setPlaceholderText(tr("CSV file: sku,name,price[,description,status,currency,"
                                  "category,tags,attributes]"));
    m_delimiter->addItem(tr("Auto"), 0);
    m_delimiter->addItem(tr("Comma"), int(','));
    m_delimiter->addItem(tr("Semicolon"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->setToolTip(tr("What separates the columns. Auto reads it from the header line "
                               "(spreadsheets in German or French write semicolons)."));
    m_delimiter->setAccessibleName(tr("Column separator"));
    m_summary->setWordWrap(true);
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_issues->verticalHeader()->hide();
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_import->setEnabled(false);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1000);

    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);
    auto *delimiterLabel = new QLabel(tr("&Separator"), this);
    delimiterLabel->setBuddy(m_delimiter);
    file->addWidget(delimiterLabel);
    file->addWidget(m_delimiter);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(file);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues, 1);
    layout->addWidget(close);
    resize(760, 480);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import products"), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    auto fileChanged = [this] {
        m_checkedClean = false;
        m_requestId = {};
        m_import->setEnabled(false);
    };
    connect(m_path, &QLineEdit::textChanged, this, fileChanged);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, fileChanged);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::import);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_state)
            m_state->cancel = true;
        m_writes->cancelImport(m_job);
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!m_state)
            return;
        const qint64 total = qMax<qint64>(1, m_state->total.load());
        m_progress->setValue(int(1000 * m_state->bytes.load() / total));
        m_summary->setText(tr("Reading... %1 rows").arg(QLocale().toString(m_state->rows.load())));
    });
}

ImportDialog::~ImportDialog()
{
    if (m_running) {
        m_state->cancel = true;
        m_writes->cancelImport(m_job);
    }
}

void ImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
}

void ImportDialog::check()
{
    run(true);
}

void ImportDialog::import()
{
    run(false);
}

void ImportDialog::run(bool dryRun)
{
    if (m_running || m_path->text().isEmpty())
        return;
    if (!dryRun && m_requestId.isNull())
        m_requestId = QUuid::createUuid(); // reused by Retry until the file changes
    catalog::ImportOptions options;
    options.dryRun = dryRun;
    options.delimiter = char(m_delimiter->currentData().toInt());
    options.requestId = dryRun ? QUuid::createUuid() : m_requestId;
    m_state = std::make_shared<catalog::ImportProgress>();
    setRunning(true);
    const auto future = m_writes->importCsv(m_path->text(), options, m_state, &m_job);
    // The importer's job refers to the cluster (held by the writes): it stays alive until the job
    // has ended, even if this dialog and the session are gone by then.
    keepUntilFinished(future, m_writes);
    whenFinished(
        this, future, [this, dryRun](const Result<catalog::ImportReport> &r) { done(r, dryRun); });
}

void ImportDialog::setRunning(bool running)
{
    m_running = running;
    m_check->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_delimiter->setEnabled(!running);
    m_path->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_import->setEnabled(!running && m_checkedClean);
    if (running) {
        m_progress->setValue(0);
        m_poll.start();
    } else {
        m_poll.stop();
    }
}

void ImportDialog::done(const Result<catalog::ImportReport> &result, bool dryRun)
{
    m_progress->setValue(1000);
    m_issues->setRowCount(0);
    if (!result) {
        const Error &e = result.error();
        m_checkedClean = !dryRun && m_checkedClean;
        if (!dryRun && e.code == Error::Code::ConnectionLost) {
            m_summary->setText(tr("%1\nNothing or everything was imported. Press Import again to "
                                  "retry: the same request is applied at most once.")
                                   .arg(e.message));
        } else {
            m_summary->setText(e.code == Error::Code::Cancelled
                    ? tr("Stopped: nothing was imported.")
                    : e.toString());
        }
        setRunning(false);
        return;
    }
    const catalog::ImportReport &r = result.value();
    m_issues->setRowCount(int(r.issues.size()));
    for (int i = 0; i < r.issues.size(); ++i) {
        const catalog::ImportIssue &issue = r.issues.at(i);
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, qlonglong(issue.line));
        m_issues->setItem(i, 0, line);
        m_issues->setItem(i, 1, new QTableWidgetItem(issue.column));
        m_issues->setItem(i, 2, new QTableWidgetItem(issue.message));
    }
    // Backends that plan per row (Vendure): what the check would change, old -> new, and after
    // an import the rows another writer changed after the plan (left as they made them).
    auto addRow = [this](qint64 lineNo, const QString &column, const QString &message) {
        const int row = m_issues->rowCount();
        m_issues->insertRow(row);
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, qlonglong(lineNo));
        m_issues->setItem(row, 0, line);
        m_issues->setItem(row, 1, new QTableWidgetItem(column));
        m_issues->setItem(row, 2, new QTableWidgetItem(message));
    };
    if (r.issueCount == 0 && dryRun) {
        for (const catalog::ImportChange &c : r.changes)
            addRow(c.line, c.field,
                tr("%1 (%2): \"%3\" -> \"%4\"").arg(c.sku).arg(c.id).arg(c.before, c.after));
    }
    for (const catalog::ImportIssue &c : r.conflicts)
        addRow(c.line, c.column, c.message);
    const QString conflicts = r.conflicts.isEmpty() ? QString()
                                                    : u'\n'
            + tr("%n row(s) changed in the store after the check: left as they are (listed).",
                nullptr, int(r.conflicts.size()));
    const QString counts = tr("%1 new, %2 changed, %3 unchanged")
                               .arg(QLocale().toString(r.inserted), QLocale().toString(r.updated),
                                   QLocale().toString(r.unchanged));
    const QString separator = r.alreadyApplied
        ? QString()
        : (r.delimiterDetected ? tr("Columns separated by %1 (detected).")
                               : tr("Columns separated by %1."))
                .arg(catalog::ImportRowValidator::delimiterName(r.delimiter))
            + u'\n';
    if (r.issueCount > 0) {
        m_checkedClean = false;
        m_summary->setText(separator
            + tr("%n problem(s) in %1 rows: nothing was imported. Fix the file and "
                 "check again.",
                nullptr, int(r.issueCount))
                  .arg(QLocale().toString(r.rows)));
    } else if (dryRun) {
        m_checkedClean = true;
        m_summary->setText(separator
            + tr("The file is fine: importing would make %1 (%2 price changes).")
                  .arg(counts)
                  .arg(r.priceChanges));
    } else {
        m_checkedClean = false;
        m_requestId = {};
        m_summary->setText(r.alreadyApplied
                ? tr("This import had already been applied (%1): nothing was done "
                     "twice.")
                      .arg(counts)
                : separator + tr("Imported: %1 in %2 s.").arg(counts).arg(r.seconds, 0, 'f', 1)
                    + conflicts);
        Q_EMIT imported();
    }
    setRunning(false);
    Q_EMIT finished(r);
}

QString ImportDialog::summary() const
{
    return m_summary->text();
}

} // namespace qm
