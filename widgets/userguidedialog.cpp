#include "userguidedialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBlock>
#include <QVBoxLayout>

namespace qm {

namespace {

constexpr int kMaxImageWidth = 760; // a 1280 px screenshot at about 60 %, readable beside text

const QString kIndex = QStringLiteral("index.md");

} // namespace

GuideBrowser::GuideBrowser(QWidget *parent)
    : QTextBrowser(parent)
{ }

QVariant GuideBrowser::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return QTextBrowser::loadResource(type, name);
    const QUrl url = name.isRelative() ? source().resolved(name) : name;
    if (!url.isLocalFile())
        return {};
    QImage image(url.toLocalFile());
    if (image.width() > kMaxImageWidth)
        image = image.scaledToWidth(kMaxImageWidth, Qt::SmoothTransformation);
    return image;
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : UserGuideDialog(guideSearchPaths(), parent)
{ }

UserGuideDialog::UserGuideDialog(const QStringList &searchPaths, QWidget *parent)
    : QDialog(parent)
    , m_searched(searchPaths)
    , m_role(new QComboBox(this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_forward(new QPushButton(tr("Forward"), this))
    , m_home(new QPushButton(tr("Contents"), this))
    , m_browser(new GuideBrowser(this))
{
    build();
    m_dir = findGuide(searchPaths);
    if (m_dir.isEmpty())
        showMissing(searchPaths);
    else
        showPage(kIndex);
}

QList<UserGuideDialog::Page> UserGuideDialog::pages()
{
    return {{kIndex, tr("Contents")}, {QStringLiteral("store-manager.md"), tr("Store manager")},
        {QStringLiteral("merchandiser.md"), tr("Merchandiser")},
        {QStringLiteral("on-call-engineer.md"), tr("On-call engineer")}};
}

QStringList UserGuideDialog::guideSearchPaths()
{
    QStringList paths;
    const QString env = qEnvironmentVariable("QM_GUIDE_DIR");
    if (!env.isEmpty())
        paths << env;
    const QString app = QCoreApplication::applicationDirPath();
    if (!app.isEmpty()) {
        paths << QDir::cleanPath(app + QStringLiteral("/../share/quartermaster/guide"));
        paths << QDir::cleanPath(app + QStringLiteral("/../Resources/guide")); // macOS bundle
    }
    const QStringList data = QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    for (const QString &d : data)
        paths << QDir::cleanPath(d + QStringLiteral("/quartermaster/guide"));
#ifdef QM_GUIDE_SOURCE_DIR
    paths << QStringLiteral(QM_GUIDE_SOURCE_DIR); // a build tree: the source tree's docs/guide
#endif
    paths.removeDuplicates();
    return paths;
}

QString UserGuideDialog::findGuide(const QStringList &paths)
{
    for (const QString &p : paths) {
        if (!p.isEmpty() && QFileInfo(QDir(p).filePath(kIndex)).isFile())
            return QDir(p).absolutePath();
    }
    return {};
}

void UserGuideDialog::build()
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("User guide"));
    setModal(false);
    resize(900, 720);

    const QList<Page> all = pages();
    for (const Page &p : all)
        m_role->addItem(p.title, p.file);
    m_role->setObjectName(QStringLiteral("guideRole"));
    m_back->setObjectName(QStringLiteral("guideBack"));
    m_forward->setObjectName(QStringLiteral("guideForward"));
    m_home->setObjectName(QStringLiteral("guideContents"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_role->setAccessibleName(tr("Guide page"));
    m_role->setToolTip(tr("The guide for your role"));
    m_back->setAccessibleName(tr("Back"));
    m_back->setToolTip(tr("The page shown before (Alt+Left)"));
    m_forward->setAccessibleName(tr("Forward"));
    m_forward->setToolTip(tr("Alt+Right"));
    m_home->setAccessibleName(tr("Contents"));
    m_browser->setAccessibleName(tr("User guide page"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_forward);
    top->addWidget(m_home);
    top->addStretch(1);
    top->addWidget(m_role);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);

    connect(m_back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_home, &QPushButton::clicked, this, [this] { showPage(kIndex); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideDialog::onSourceChanged);
    connect(m_role, &QComboBox::activated, this,
        [this](int index) { showPage(m_role->itemData(index).toString()); });
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
}

bool UserGuideDialog::showPage(const QString &file)
{
    if (m_dir.isEmpty())
        return false;
    const QString path = QDir(m_dir).filePath(file);
    if (!QFileInfo(path).isFile()) {
        m_browser->setPlainText(
            tr("This page of the guide is missing: %1. Reinstall Quartermaster to restore it.")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // QTextBrowser reads a .md source as Markdown (Qt's GitHub dialect), pictures through
    // GuideBrowser::loadResource, and follows relative links to the other pages itself.
    m_browser->setSource(QUrl::fromLocalFile(path), QTextDocument::MarkdownResource);
    return true;
}

QString UserGuideDialog::currentPage() const
{
    return QFileInfo(m_browser->source().toLocalFile()).fileName();
}

QString UserGuideDialog::currentTitle() const
{
    for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 1)
            return b.text().trimmed();
    }
    return {};
}

void UserGuideDialog::onSourceChanged(const QUrl &url)
{
    // The page's own URL: while this signal is delivered, source() still names the page before.
    const int index = m_role->findData(QFileInfo(url.toLocalFile()).fileName());
    if (index >= 0)
        m_role->setCurrentIndex(index);
    const QString title = currentTitle();
    setWindowTitle(title.isEmpty() ? tr("User guide") : tr("User guide — %1").arg(title));
}

void UserGuideDialog::showMissing(const QStringList &searched)
{
    m_role->setEnabled(false);
    m_home->setEnabled(false);
    QString list;
    for (const QString &p : searched)
        list += QStringLiteral("<li><code>%1</code></li>")
                    .arg(QDir::toNativeSeparators(p).toHtmlEscaped());
    m_browser->setHtml(tr("<h2>The user guide is not installed</h2>"
                          "<p>Quartermaster looked for <code>index.md</code> in:</p><ul>%1</ul>"
                          "<p>Reinstall the quartermaster package (it puts the guide in "
                          "<code>share/quartermaster/guide</code>), or set the environment "
                          "variable <code>QM_GUIDE_DIR</code> to a folder that holds the guide "
                          "(<code>docs/guide</code> in the source tree) and open it again.</p>")
                           .arg(list));
}

} // namespace qm
