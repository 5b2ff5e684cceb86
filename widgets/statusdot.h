#pragma once

#include "health/healthsnapshot.h"

#include <QWidget>

namespace qm {

// A coloured dot followed by a short text: one server on the health strip.
class StatusDot : public QWidget
{
    Q_OBJECT
public:
    explicit StatusDot(QWidget *parent = nullptr);

    void setState(HealthLevel level, const QString &text);
    HealthLevel level() const { return m_level; }
    QString text() const { return m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    HealthLevel m_level = HealthLevel::Unknown;
    QString m_text;
};

} // namespace qm
