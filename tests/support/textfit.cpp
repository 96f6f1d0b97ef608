// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfit.h"

#include <QAbstractButton>
#include <QFontMetrics>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>

namespace cultivate::test {

namespace {

// "name 'accessible name' (Class) in ancestor": enough to find the widget in the code.
QString describe(const QWidget &widget)
{
    QString text = widget.objectName().isEmpty() ? QStringLiteral("<unnamed>") : widget.objectName();
    if (!widget.accessibleName().isEmpty())
        text += QStringLiteral(" '%1'").arg(widget.accessibleName());
    text += QStringLiteral(" (%1)").arg(QString::fromLatin1(widget.metaObject()->className()));
    for (const QWidget *parent = widget.parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty() && !parent->objectName().startsWith(QLatin1String("qt_"))) {
            text += QStringLiteral(" in %1").arg(parent->objectName());
            break;
        }
    }
    return text;
}

// The text as shown: a mnemonic's ampersand is not drawn.
QString shownText(const QString &text, bool mnemonic)
{
    if (!mnemonic)
        return text;
    QString shown = text;
    shown.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    shown.remove(QLatin1Char('&'));
    shown.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return shown;
}

bool tooltipHolds(const QWidget &widget, const QString &text)
{
    const QString tip = widget.toolTip();
    if (tip.isEmpty())
        return false;
    QString plainTip = tip;
    if (Qt::mightBeRichText(tip)) {
        QTextDocument document;
        document.setHtml(tip);
        plainTip = document.toPlainText();
    }
    return plainTip.simplified().contains(text.simplified());
}

void checkLabel(const QLabel &label, QStringList &problems)
{
    const QString text = label.text();
    if (text.isEmpty() || label.wordWrap())
        return;
    const bool rich =
        label.textFormat() == Qt::RichText || (label.textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (rich) {
        // Without word wrap, a rich-text label's size hint is the width of its longest line.
        const int needed = label.sizeHint().width();
        if (label.width() < needed)
            problems << QStringLiteral("label %1: rich text \"%2\" is %3 px wide, needs %4")
                            .arg(describe(label), text)
                            .arg(label.width())
                            .arg(needed);
        return;
    }
    const bool mnemonic = label.buddy() != nullptr && text.contains(QLatin1Char('&'));
    int needed = 0;
    for (const QString &line : shownText(text, mnemonic).split(QLatin1Char('\n')))
        needed = qMax(needed, label.fontMetrics().horizontalAdvance(line));
    needed += 2 * label.margin();
    const int room = label.contentsRect().width();
    if (room < needed)
        problems << QStringLiteral("label %1: \"%2\" has %3 px, its text needs %4")
                        .arg(describe(label), text)
                        .arg(room)
                        .arg(needed);
}

void checkButton(const QAbstractButton &button, QStringList &problems)
{
    const QString text = shownText(button.text(), true);
    const auto *tool = qobject_cast<const QToolButton *>(&button);
    const bool showsText = !text.isEmpty() && !(tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly);
    if (!showsText)
        return;
    const int minimum = button.minimumSizeHint().width();
    const int full = button.sizeHint().width();
    if (button.width() < minimum)
        problems << QStringLiteral("button %1: \"%2\" is %3 px wide, its minimum size hint is %4")
                        .arg(describe(button), text)
                        .arg(button.width())
                        .arg(minimum);
    else if (button.width() < full && !tooltipHolds(button, text))
        problems << QStringLiteral("button %1: \"%2\" is %3 px wide, its text needs %4 and is elided without "
                                   "the full text in its tooltip")
                        .arg(describe(button), text)
                        .arg(button.width())
                        .arg(full);
}

void checkTabBar(const QTabBar &bar, QStringList &problems)
{
    const int needed = bar.sizeHint().width();
    if (bar.width() >= needed || bar.shape() != QTabBar::RoundedNorth)
        return;
    QStringList cut;
    for (int index = 0; index < bar.count(); ++index) {
        const QString text = shownText(bar.tabText(index), true);
        if (!bar.tabToolTip(index).contains(text))
            cut << text;
    }
    if (!cut.isEmpty())
        problems << QStringLiteral("tab bar %1: tabs \"%2\" have %3 px, they need %4")
                        .arg(describe(bar), cut.join(QStringLiteral("\", \"")))
                        .arg(bar.width())
                        .arg(needed);
}

void checkScene(const QGraphicsView &view, QStringList &problems)
{
    if (!view.scene())
        return;
    for (const QGraphicsItem *item : view.scene()->items()) {
        if (!item->isVisible())
            continue;
        QString text;
        if (const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item))
            text = rich->toPlainText();
        else if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
            text = simple->text();
        const QString trimmed = text.trimmed();
        QString shown = trimmed;
        while (shown.endsWith(QLatin1Char('.')) || shown.endsWith(QChar(0x2026)))
            shown.chop(1);
        const bool fullTextElsewhere =
            tooltipHolds(view, shown) || view.accessibleDescription().contains(shown.simplified());
        if ((trimmed.endsWith(QLatin1String("...")) || trimmed.endsWith(QChar(0x2026))) && !fullTextElsewhere)
            problems << QStringLiteral("chart %1: text drawn elided as \"%2\"").arg(describe(view), trimmed);
    }
}

// The widest visible children from `widget` down, by their minimum width: what holds a page wide.
QString widestChain(const QWidget *widget)
{
    QStringList chain;
    for (int depth = 0; widget && depth < 12; ++depth) {
        const QWidget *widest = nullptr;
        int widestWidth = -1;
        for (const QWidget *child : widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            const int width = qMax(child->minimumSizeHint().width(), child->minimumWidth());
            if (child->isVisible() && width > widestWidth) {
                widest = child;
                widestWidth = width;
            }
        }
        if (!widest)
            break;
        chain << QStringLiteral("%1 %2").arg(describe(*widest).section(QStringLiteral(" in "), 0, 0)).arg(widestWidth);
        widget = widest;
    }
    return chain.join(QStringLiteral(" > "));
}

void checkScrollArea(const QScrollArea &area, QStringList &problems)
{
    const QScrollBar *bar = area.horizontalScrollBar();
    if (bar && bar->isVisible())
        problems << QStringLiteral("scroll area %1 scrolls sideways: %2 px shown of a page %3 px wide (minimum %4); "
                                   "the widest: %5")
                        .arg(describe(area))
                        .arg(area.viewport()->width())
                        .arg(area.widget() ? area.widget()->width() : 0)
                        .arg(area.widget() ? area.widget()->minimumSizeHint().width() : 0)
                        .arg(widestChain(area.widget()));
}

} // namespace

QStringList textFitProblems(const QWidget &root)
{
    QStringList problems;
    QList<const QWidget *> widgets{&root};
    for (const QWidget *child : root.findChildren<QWidget *>())
        widgets << child;
    for (const QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || widget->width() <= 0)
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            checkLabel(*label, problems);
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            checkButton(*button, problems);
        else if (const auto *bar = qobject_cast<const QTabBar *>(widget))
            checkTabBar(*bar, problems);
        else if (const auto *view = qobject_cast<const QGraphicsView *>(widget))
            checkScene(*view, problems);
        else if (const auto *area = qobject_cast<const QScrollArea *>(widget))
            checkScrollArea(*area, problems);
    }
    return problems;
}

} // namespace cultivate::test
