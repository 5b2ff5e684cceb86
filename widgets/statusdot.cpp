#include "statusdot.h"

#include "healthmodel.h"

#include <QPainter>

namespace qm {

namespace {
constexpr int kDot = 9;
constexpr int kGap = 6;
constexpr int kPadX = 8;
} // namespace

StatusDot::StatusDot(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StatusDot::setState(HealthLevel level, const QString &text)
{
    if (level == m_level && text == m_text)
        return;
    const bool resized = text != m_text;
    m_level = level;
    m_text = text;
    setAccessibleName(text);
    if (resized)
        updateGeometry();
    update();
}

QSize StatusDot::sizeHint() const
{
    const QFontMetrics fm(font());
    return {kPadX * 2 + kDot + kGap + fm.horizontalAdvance(m_text), qMax(fm.height(), kDot) + 8};
}

void StatusDot::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 2.5, -0.5, -2.5);
    QColor tint = healthColor(m_level);
    tint.setAlpha(m_level == HealthLevel::Ok ? 28 : 45);
    p.setPen(Qt::NoPen);
    p.setBrush(tint);
    p.drawRoundedRect(r, r.height() / 2, r.height() / 2);

    const QRectF dot(kPadX, (height() - kDot) / 2.0, kDot, kDot);
    p.setBrush(healthColor(m_level));
    p.drawEllipse(dot);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(dot.right() + kGap, 0, width() - dot.right() - kGap, height()),
        Qt::AlignVCenter | Qt::AlignLeft, m_text);
}

} // namespace qm
