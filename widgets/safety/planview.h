#pragma once

#include "safety/destructiveaction.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace qm {

// What a plan will hit, for people: the headline count, details, the sample, warnings and a
// refusal, the way every destructive action shows it.
class PlanView : public QWidget
{
    Q_OBJECT
public:
    explicit PlanView(QWidget *parent = nullptr);
    void setPlan(const safety::Plan &plan);

private:
    QLabel *m_title;
    QLabel *m_count;
    QLabel *m_details;
    QListWidget *m_sample;
    QLabel *m_warnings;
    QLabel *m_refusal;
};

} // namespace qm
