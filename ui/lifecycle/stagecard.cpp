// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lifecycle/stagecard.h"

#include "core/charts/palette.h"
#include "ui/common/formatting.h"
#include "ui/common/theme.h"
#include "ui/common/typography.h"
#include "ui/lifecycle/readinessbar.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace cultivate {

namespace {

// Black or white, whichever reads better on `background`.
QColor textOn(const QColor &background)
{
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(0x20, 0x21, 0x24) : QColor(Qt::white);
}

} // namespace

StageCard::StageCard(QWidget *parent)
    : QAbstractButton(parent)
{
    setCheckable(true);
    setAttribute(Qt::WA_Hover);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StageCard::setStage(const StageProgress &progress, int number, bool current, bool overdue)
{
    m_progress = progress;
    m_number = number;
    m_current = current;
    m_overdue = overdue;
    setObjectName(QStringLiteral("stage-") + enumKey(progress.stage.kind));
    setText(label(progress.stage.kind));
    setAccessibleName(tr("Stage %1: %2").arg(number).arg(label(progress.stage.kind)));
    QStringList details{statusText(), datesText(), readinessText()};
    if (current)
        details << tr("Current stage");
    setAccessibleDescription(details.join(QStringLiteral(", ")));
    // A narrow card elides what it paints: the tooltip holds all of it, the name first.
    setToolTip(QStringList{text(), details.join(QLatin1Char('\n'))}.join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

QString StageCard::statusText() const
{
    const QString status = label(m_progress.stage.status);
    return m_overdue ? tr("%1, overdue").arg(status) : status;
}

QString StageCard::datesText() const
{
    const QString period = formatPeriod(m_progress.stage.plannedStart, m_progress.stage.plannedEnd);
    return period.isEmpty() ? tr("No dates planned") : period;
}

QString StageCard::readinessText() const
{
    if (m_progress.items.isEmpty())
        return tr("No checklist items");
    return tr("%1 ready · %2 of %3 done")
        .arg(formatPercent(m_progress.readiness()))
        .arg(m_progress.doneCount())
        .arg(m_progress.items.size());
}

qreal StageCard::padding() const
{
    return fontMetrics().height() * 0.7;
}

qreal StageCard::badgeDiameter() const
{
    return fontMetrics().height() * 1.5;
}

int StageCard::badgeCentreY() const
{
    return qRound(padding() + badgeDiameter() / 2.0);
}

QSize StageCard::sizeHint() const
{
    const QFontMetrics body = fontMetrics();
    const QFontMetrics strong(styledFont(TextStyle::Subheading));
    const qreal unit = body.height();
    const qreal nameWidth = badgeDiameter() + unit * 0.4 + strong.horizontalAdvance(label(m_progress.stage.kind));
    const qreal textWidth =
        std::max({qreal(body.horizontalAdvance(statusText())), qreal(body.horizontalAdvance(datesText())),
                  qreal(body.horizontalAdvance(readinessText())), nameWidth});
    const qreal height = padding() * 2 + badgeDiameter() + unit * 0.6 + body.lineSpacing() * 2 + unit * 0.15 +
                         unit * 0.7 + unit * 0.4 + unit * 0.45 + body.lineSpacing();
    return {qRound(textWidth + padding() * 2), qCeil(height)};
}

QSize StageCard::minimumSizeHint() const
{
    // A card narrower than its text elides it; its tooltip holds the whole text.
    return {fontMetrics().height() * 8, sizeHint().height()};
}

void StageCard::paintEvent(QPaintEvent *)
{
    const bool dark = isDarkTheme();
    const QColor stageColour = ChartPalette{dark}.stage(m_progress.stage.kind);
    const QColor base = palette().color(QPalette::Base);
    const QColor textColour = palette().color(QPalette::Text);
    const QColor secondary = palette().color(QPalette::PlaceholderText);
    const qreal unit = fontMetrics().height();
    const qreal pad = padding();
    const qreal radius = unit * 0.45;

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    // Background and border.
    QColor fill = base;
    if (isChecked())
        fill = mixColours(base, stageColour, dark ? 0.20 : 0.11);
    else if (underMouse())
        fill = mixColours(base, textColour, 0.04);
    const qreal borderWidth = m_current ? 2.0 : 1.0;
    const QRectF frame = QRectF(rect()).adjusted(borderWidth / 2, borderWidth / 2, -borderWidth / 2, -borderWidth / 2);
    painter.setPen(QPen(m_current ? stageColour : borderColour(), borderWidth));
    painter.setBrush(fill);
    painter.drawRoundedRect(frame, radius, radius);
    if (isChecked()) {
        // A bar along the bottom edge ties the selected card to the checklist below it.
        QPainterPath clip;
        clip.addRoundedRect(frame, radius, radius);
        painter.save();
        painter.setClipPath(clip);
        painter.fillRect(QRectF(frame.left(), frame.bottom() - unit * 0.25, frame.width(), unit * 0.25), stageColour);
        painter.restore();
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2.0, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(frame.adjusted(3, 3, -3, -3), radius * 0.7, radius * 0.7);
    }

    // Number badge: a ring before the stage starts, filled once it is under way, a tick when done.
    const qreal d = badgeDiameter();
    const QRectF badge(pad, pad, d, d);
    const StageStatus stageStatus = m_progress.stage.status;
    painter.setPen(QPen(stageColour, 2.0));
    painter.setBrush(stageStatus == StageStatus::NotStarted ? QBrush(base) : QBrush(stageColour));
    painter.drawEllipse(badge.adjusted(1, 1, -1, -1));
    if (stageStatus == StageStatus::Done) {
        painter.setPen(QPen(textOn(stageColour), unit * 0.14, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(QPolygonF{badge.center() + QPointF(-d * 0.22, 0.0),
                                       badge.center() + QPointF(-d * 0.06, d * 0.17),
                                       badge.center() + QPointF(d * 0.24, -d * 0.17)});
    } else {
        QFont numberFont = styledFont(TextStyle::Strong);
        painter.setFont(numberFont);
        painter.setPen(stageStatus == StageStatus::NotStarted ? textColour : textOn(stageColour));
        painter.drawText(badge, Qt::AlignCenter, QString::number(m_number));
    }

    // Name, with a "Current" tag at the right when there is room for it.
    const QFont nameFont = styledFont(TextStyle::Subheading);
    const QFontMetrics nameMetrics(nameFont);
    const qreal nameLeft = pad + d + unit * 0.4;
    bool currentTagShown = false;
    qreal nameRight = width() - pad;
    if (m_current) {
        const QFont tagFont = styledFont(TextStyle::Caption);
        const QFontMetrics tagMetrics(tagFont);
        const QString tag = tr("Current");
        const qreal tagWidth = tagMetrics.horizontalAdvance(tag) + unit * 0.8;
        const qreal tagHeight = tagMetrics.height() + unit * 0.2;
        if (nameRight - nameLeft - tagWidth - unit * 0.4 >= nameMetrics.horizontalAdvance(text())) {
            const QRectF tagRect(nameRight - tagWidth, badge.center().y() - tagHeight / 2, tagWidth, tagHeight);
            painter.setPen(Qt::NoPen);
            painter.setBrush(stageColour);
            painter.drawRoundedRect(tagRect, tagHeight / 2, tagHeight / 2);
            painter.setFont(tagFont);
            painter.setPen(textOn(stageColour));
            painter.drawText(tagRect, Qt::AlignCenter, tag);
            nameRight = tagRect.left() - unit * 0.4;
            currentTagShown = true;
        }
    }
    painter.setFont(nameFont);
    painter.setPen(textColour);
    const QRectF nameRect(nameLeft, pad, nameRight - nameLeft, d);
    painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                     nameMetrics.elidedText(text(), Qt::ElideRight, int(nameRect.width())));

    // Status (with "overdue" in the warning colour), dates, readiness bar and figure.
    const QFontMetrics body = fontMetrics();
    const qreal textWidth = width() - pad * 2;
    qreal y = pad + d + unit * 0.6;
    painter.setFont(font());
    const QString status = label(m_progress.stage.status);
    painter.setPen(textColour);
    painter.drawText(QRectF(pad, y, textWidth, body.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                     body.elidedText(status, Qt::ElideRight, int(textWidth)));
    // Marks after the status, in bold: "Overdue" in the warning colour, and "Current" when the tag
    // beside the name did not fit.
    QList<std::pair<QString, QColor>> marks;
    if (m_overdue)
        marks.append({tr("Overdue"), warningColour()});
    if (m_current && !currentTagShown)
        marks.append({tr("Current"), textColour});
    const QFont markFont = styledFont(TextStyle::Strong);
    const QFontMetrics markMetrics(markFont);
    const QString separator = QStringLiteral(" · ");
    qreal x = pad + body.horizontalAdvance(status);
    for (const auto &[mark, colour] : std::as_const(marks)) {
        const qreal room = pad + textWidth - x - body.horizontalAdvance(separator);
        if (room <= 0)
            break;
        painter.setFont(font());
        painter.setPen(secondary);
        painter.drawText(QPointF(x, y + body.ascent()), separator);
        x += body.horizontalAdvance(separator);
        painter.setFont(markFont);
        painter.setPen(colour);
        painter.drawText(QRectF(x, y, room, body.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                         markMetrics.elidedText(mark, Qt::ElideRight, int(room)));
        x += markMetrics.horizontalAdvance(mark);
    }
    painter.setFont(font());
    y += body.lineSpacing() + unit * 0.15;
    painter.setPen(secondary);
    painter.drawText(QRectF(pad, y, textWidth, body.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                     body.elidedText(datesText(), Qt::ElideRight, int(textWidth)));
    y += body.lineSpacing() + unit * 0.7;
    const QColor track = mixColours(base, textColour, 0.12);
    ReadinessBar::paintBar(painter, QRectF(pad, y, textWidth, unit * 0.4), m_progress.readiness(), stageColour, track);
    y += unit * 0.4 + unit * 0.45;
    painter.setPen(secondary);
    painter.drawText(QRectF(pad, y, textWidth, body.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                     body.elidedText(readinessText(), Qt::ElideRight, int(textWidth)));
}

} // namespace cultivate
