// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/kpicard.h"

#include "ui/common/theme.h"
#include "ui/common/typography.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace cultivate {

KpiCard::KpiCard(const QString &key, const QString &caption, const QString &explanation, QWidget *parent)
    : Card(parent)
    , m_caption(caption)
{
    setObjectName(QStringLiteral("dashboard-kpi-") + key);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setToolTip(explanation + QLatin1Char('\n') + tr("Click to see who or what is behind this figure."));
    setAccessibleDescription(explanation);
    const int unit = em(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit, unit * 3 / 4, unit, unit * 3 / 4);
    layout->setSpacing(unit / 6);
    m_captionLabel = makeLabel(caption, TextStyle::Caption, this);
    m_captionLabel->setObjectName(objectName() + QStringLiteral("-caption"));
    m_captionLabel->setWordWrap(true);
    m_captionLabel->setContentsMargins(0, 0, unit * 3 / 2, 0); // room for the definition's "?" in the corner
    layout->addWidget(m_captionLabel);
    m_value = makeLabel(QStringLiteral("–"), TextStyle::Figure, this);
    m_value->setObjectName(objectName() + QStringLiteral("-value"));
    layout->addWidget(m_value);
    m_change = makeLabel({}, TextStyle::Secondary, this);
    m_change->setObjectName(objectName() + QStringLiteral("-change"));
    m_change->setWordWrap(true);
    layout->addWidget(m_change);
    layout->addStretch();
    setAccessibleName(caption);
}

void KpiCard::setFigure(const QString &value, const QString &change, int trend)
{
    m_value->setText(value);
    m_change->setText(change);
    m_trend = trend;
    updateChangeColour();
    setAccessibleName(QStringLiteral("%1: %2, %3").arg(m_caption, value, change));
}

void KpiCard::setCaption(const QString &caption)
{
    m_caption = caption;
    m_captionLabel->setText(caption);
    setAccessibleName(QStringLiteral("%1: %2, %3").arg(m_caption, value(), change()));
}

QString KpiCard::caption() const
{
    return m_caption;
}

QString KpiCard::value() const
{
    return m_value->text();
}

QString KpiCard::change() const
{
    return m_change->text();
}

void KpiCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated();
    Card::mouseReleaseEvent(event);
}

void KpiCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit activated();
        return;
    }
    Card::keyPressEvent(event);
}

void KpiCard::changeEvent(QEvent *event)
{
    Card::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateChangeColour();
}

void KpiCard::updateChangeColour()
{
    QPalette palette = m_change->palette();
    const QColor colour = m_trend > 0   ? successColour()
                          : m_trend < 0 ? warningColour()
                                        : this->palette().color(QPalette::PlaceholderText);
    palette.setColor(QPalette::WindowText, colour);
    palette.setColor(QPalette::PlaceholderText, colour);
    m_change->setPalette(palette);
}

} // namespace cultivate
