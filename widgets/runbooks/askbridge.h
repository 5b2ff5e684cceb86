#pragma once

#include "common/result.h"
#include "runbooks/runbookspage.h"
#include "safety/destructiveaction.h"

#include <QMetaObject>
#include <QMutex>
#include <QWaitCondition>
#include <optional>

namespace qm {

// Answers `confirm` steps: the engine's worker asks and waits here (never the GUI thread); the
// page shows the question and gives the answer. Closed when the page goes away or the run is
// cancelled: the step then fails and the run can be resumed.
class AskBridge
{
public:
    explicit AskBridge(RunbooksPage *page)
        : m_page(page)
    { }
    Result<QString> ask(
        const QString &question, const QString &stepId, const safety::CancelToken &cancel)
    {
        QMutexLocker lock(&m_mutex);
        m_answer.reset();
        if (m_closed || !m_page)
            return Error {Error::Code::Cancelled, RunbooksPage::tr("no one can answer"), {}, {}};
        RunbooksPage *page = m_page;
        QMetaObject::invokeMethod(
            page, [page, question, stepId] { page->onQuestion(question, stepId); },
            Qt::QueuedConnection);
        while (!m_answer && !m_closed && !cancel.isCancelled())
            m_wake.wait(&m_mutex, 200);
        if (m_answer)
            return *m_answer;
        return Error {Error::Code::Cancelled,
            RunbooksPage::tr("the question was not answered: the run was cancelled"), {}, {}};
    }
    void give(const QString &answer)
    {
        QMutexLocker lock(&m_mutex);
        m_answer = answer;
        m_wake.wakeAll();
    }
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_page = nullptr;
        m_wake.wakeAll();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::optional<QString> m_answer;
    bool m_closed = false;
    RunbooksPage *m_page;
};

} // namespace qm
