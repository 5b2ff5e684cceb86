#pragma once

#include <QDialog>
#include <QStringList>
#include <QTextBrowser>

class QComboBox;
class QLabel;
class QPushButton;

namespace qm {

// Shows the guide's Markdown pages with their pictures, following links between the pages.
// Pictures wider than the page are scaled down to fit.
class GuideBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit GuideBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;
};

// Help ▸ User guide (F1): the guide of docs/guide (one page per role) in a non-modal window.
// The pages are small local files, read on the GUI thread when a page is shown (a few KB of
// Markdown and its pictures): no network, no database.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    // Looks for the guide in guideSearchPaths().
    explicit UserGuideDialog(QWidget *parent = nullptr);
    // Looks for the guide in these folders, first match wins (tests).
    UserGuideDialog(const QStringList &searchPaths, QWidget *parent = nullptr);

    // Where the guide may be, in order: $QM_GUIDE_DIR, beside the executable
    // (../share/quartermaster/guide), the system's data folders (quartermaster/guide), and in a
    // build tree the source tree's docs/guide.
    static QStringList guideSearchPaths();
    // The first of paths that holds index.md, or an empty string.
    static QString findGuide(const QStringList &paths);

    // The pages the role chooser offers: file name and title, index first.
    struct Page
    {
        QString file;
        QString title;
    };
    static QList<Page> pages();

    QString guideDir() const { return m_dir; } // empty when no guide was found
    QString currentPage() const; // file name of the page shown, e.g. "merchandiser.md"
    QString currentTitle() const; // its first level-1 heading
    bool showPage(const QString &file); // false when the guide or that page is missing

    GuideBrowser *browser() const { return m_browser; }
    QComboBox *roleChooser() const { return m_role; }

private:
    void build();
    void showMissing(const QStringList &searched);
    void onSourceChanged(const QUrl &url);

    QStringList m_searched;
    QString m_dir;
    QComboBox *m_role;
    QPushButton *m_back;
    QPushButton *m_forward;
    QPushButton *m_home;
    GuideBrowser *m_browser;
};

} // namespace qm
