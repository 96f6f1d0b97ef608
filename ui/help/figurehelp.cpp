// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/figurehelp.h"

#include "core/assessment/glossary.h"
#include "ui/common/typography.h"

#include <QEvent>
#include <QHash>
#include <QHelpEvent>
#include <QToolButton>
#include <QWhatsThis>
#include <QWidget>

namespace cultivate {

namespace {

// Keeps the button in the widget's corner and answers What's This for the widget.
class HelpCorner final : public QObject {
public:
    HelpCorner(QWidget *widget, QToolButton *button, QStringList keys, FigureHelp::Threshold threshold)
        : QObject(widget)
        , m_widget(widget)
        , m_button(button)
        , m_keys(std::move(keys))
        , m_threshold(std::move(threshold))
    {
        widget->installEventFilter(this);
        place();
    }

    QString text() const { return FigureHelp::text(m_keys, m_threshold ? m_threshold() : 0.5); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_widget)
            return false;
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::LayoutRequest:
            place();
            break;
        case QEvent::QueryWhatsThis:
            event->accept();
            return true;
        case QEvent::WhatsThis:
            QWhatsThis::showText(static_cast<QHelpEvent *>(event)->globalPos(), text(), m_widget);
            return true;
        default:
            break;
        }
        return false;
    }

private:
    void place()
    {
        const int margin = em(m_widget) / 4;
        m_button->adjustSize();
        m_button->move(m_widget->width() - m_button->width() - margin, margin);
        m_button->raise();
    }

    QWidget *m_widget;
    QToolButton *m_button;
    QStringList m_keys;
    FigureHelp::Threshold m_threshold;
};

} // namespace

QString FigureHelp::text(const QStringList &keys, double attendanceThreshold)
{
    QStringList parts;
    for (const QString &key : keys) {
        if (const auto entry = Glossary::entry(key, attendanceThreshold))
            parts << QStringLiteral("<p><b>%1.</b> %2</p>")
                         .arg(entry->term.toHtmlEscaped(), entry->definition.toHtmlEscaped());
    }
    return parts.join(QString());
}

QStringList FigureHelp::dashboardKeys(const QString &figure)
{
    static const QHash<QString, QStringList> keys{
        {QStringLiteral("members"), {QStringLiteral("window")}},
        {QStringLiteral("events"), {QStringLiteral("events_held")}},
        {QStringLiteral("attendances"), {QStringLiteral("credited_attendance")}},
        {QStringLiteral("reach"), {QStringLiteral("reach"), QStringLiteral("credited_attendance")}},
        {QStringLiteral("attendance-rate"), {QStringLiteral("attendance_rate")}},
        {QStringLiteral("active-month"), {QStringLiteral("active_members"), QStringLiteral("latest_complete_month")}},
        {QStringLiteral("stickiness"), {QStringLiteral("stickiness"), QStringLiteral("latest_complete_month")}},
        {QStringLiteral("conversion"), {QStringLiteral("newcomer_conversion"), QStringLiteral("newcomers")}},
        {QStringLiteral("turnout"), {QStringLiteral("turnout")}},
        {QStringLiteral("active"), {QStringLiteral("active_members"), QStringLiteral("newcomers")}},
        {QStringLiteral("participation"), {QStringLiteral("participation_levels")}},
        {QStringLiteral("flows"), {QStringLiteral("level_flows")}},
        {QStringLiteral("retention"), {QStringLiteral("retention")}},
        {QStringLiteral("concentration"),
         {QStringLiteral("contribution_concentration"), QStringLiteral("contribution_weight")}},
        {QStringLiteral("checkins"), {QStringLiteral("surveys")}},
        {QStringLiteral("goals"), {QStringLiteral("goal_progress")}},
        {QStringLiteral("health"), {QStringLiteral("health_check")}},
    };
    return keys.value(figure);
}

QToolButton *FigureHelp::attach(QWidget *widget, const QStringList &keys, Threshold threshold)
{
    auto *button = new QToolButton(widget);
    button->setObjectName(QStringLiteral("figure-help-") + widget->objectName());
    button->setText(QStringLiteral("?"));
    button->setAutoRaise(true);
    button->setCursor(Qt::WhatsThisCursor);
    button->setFocusPolicy(Qt::TabFocus);
    QStringList terms;
    for (const QString &key : keys) {
        if (const auto entry = Glossary::entry(key))
            terms << entry->term;
    }
    button->setProperty("glossaryKeys", keys);
    button->setToolTip(tr("What does it mean? (%1)").arg(terms.join(tr(", "))));
    button->setAccessibleName(tr("Explain %1").arg(terms.join(tr(", "))));
    auto *corner = new HelpCorner(widget, button, keys, std::move(threshold));
    QObject::connect(button, &QToolButton::clicked, button, [button, corner] {
        QWhatsThis::showText(button->mapToGlobal(QPoint(button->width() / 2, button->height())), corner->text(),
                             button);
    });
    return button;
}

} // namespace cultivate
