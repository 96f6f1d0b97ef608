#include "checklistview.h"

#include "common/formatting.h"
#include "common/theme.h"
#include "common/typography.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace cultivate {

namespace {

// A round mark: a filled circle with a tick when done, an empty ring when not.
QPixmap doneMark(bool done, int side, qreal devicePixelRatio, const QPalette &palette)
{
    QPixmap pixmap(QSize(side, side) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle(1.5, 1.5, side - 3.0, side - 3.0);
    if (done) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(successColour());
        painter.drawEllipse(circle);
        painter.setPen(QPen(isDarkTheme() ? palette.color(QPalette::Base) : QColor(Qt::white), side * 0.11,
                            Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const QPointF c = circle.center();
        const qreal r = circle.width() / 2;
        painter.drawPolyline(
            QPolygonF{c + QPointF(-r * 0.45, 0.0), c + QPointF(-r * 0.12, r * 0.32), c + QPointF(r * 0.45, -r * 0.32)});
    } else {
        painter.setPen(QPen(mixColours(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.45), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(circle);
    }
    return pixmap;
}

} // namespace

ChecklistView::ChecklistView(QWidget *parent)
    : Card(parent)
{
    setObjectName(QStringLiteral("checklist"));
    setAccessibleName(tr("Checklist"));
    m_layout = new QVBoxLayout(this);
    const int unit = em(this);
    m_layout->setContentsMargins(unit, unit / 4, unit, unit / 4);
    m_layout->setSpacing(0);
}

void ChecklistView::setItems(const QList<ChecklistItem> &items, const QDate &today)
{
    qDeleteAll(m_rows);
    m_rows.clear();
    m_titles.clear();
    if (items.isEmpty()) {
        auto *empty = makeLabel(tr("This stage has no checklist items yet."), TextStyle::Secondary, this);
        empty->setContentsMargins(0, em(this) / 2, 0, em(this) / 2);
        m_layout->addWidget(empty);
        m_rows.append(empty);
    }
    for (const ChecklistItem &item : items) {
        QWidget *row = makeRow(item, today);
        m_layout->addWidget(row);
        m_rows.append(row);
        m_titles.append(item.title);
    }
    update();
}

QStringList ChecklistView::titles() const
{
    return m_titles;
}

QWidget *ChecklistView::makeRow(const ChecklistItem &item, const QDate &today)
{
    const int unit = em(this);
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("checklist-item"));

    auto *mark = new QLabel(row);
    mark->setPixmap(doneMark(item.done, qRound(unit * 1.15), devicePixelRatioF(), palette()));
    mark->setAccessibleName(item.done ? tr("Done") : tr("Not done"));

    auto *title = makeLabel(item.title, TextStyle::Body, row);
    title->setObjectName(QStringLiteral("checklist-item-title"));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout(row);
    grid->setContentsMargins(0, qRound(unit * 0.6), 0, qRound(unit * 0.6));
    grid->setHorizontalSpacing(qRound(unit * 0.7));
    grid->setVerticalSpacing(unit / 6);
    grid->addWidget(mark, 0, 0, Qt::AlignTop);
    grid->addWidget(title, 0, 1);

    QString when;
    bool late = false;
    if (item.done && item.doneDate.isValid()) {
        when = tr("Done %1").arg(formatDate(item.doneDate));
    } else if (item.done) {
        when = tr("Done");
    } else if (item.dueDate.isValid()) {
        late = item.dueDate < today;
        when = late ? tr("Overdue since %1").arg(formatDate(item.dueDate)) : tr("Due %1").arg(formatDate(item.dueDate));
    }
    auto *date = makeLabel(when, late ? TextStyle::Strong : TextStyle::Secondary, row);
    date->setObjectName(QStringLiteral("checklist-item-date"));
    date->setWordWrap(false);
    date->setAlignment(Qt::AlignRight | Qt::AlignTop);
    if (late) {
        QPalette p = date->palette();
        p.setColor(QPalette::WindowText, warningColour());
        date->setPalette(p);
    }
    grid->addWidget(date, 0, 2, Qt::AlignTop | Qt::AlignRight);

    int nextRow = 1;
    if (!item.guidance.isEmpty()) {
        auto *guidance = makeLabel(item.guidance, TextStyle::Secondary, row);
        guidance->setObjectName(QStringLiteral("checklist-item-guidance"));
        guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(guidance, nextRow++, 1, 1, 2);
    }
    if (!item.evidenceNote.isEmpty()) {
        auto *evidence = makeLabel(tr("Evidence: %1").arg(item.evidenceNote), TextStyle::Secondary, row);
        evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(evidence, nextRow, 1, 1, 2);
    }
    grid->setColumnStretch(1, 1);

    row->setAccessibleName(item.title);
    row->setAccessibleDescription(
        QStringList{item.done ? tr("Done") : tr("Not done"), when}.join(QStringLiteral(", ")));
    return row;
}

void ChecklistView::paintEvent(QPaintEvent *event)
{
    Card::paintEvent(event);
    if (m_rows.size() < 2)
        return;
    QPainter painter(this);
    painter.setPen(QPen(borderColour(), 1.0));
    const int unit = em(this);
    for (qsizetype i = 0; i + 1 < m_rows.size(); ++i) {
        const int y = m_rows[i]->geometry().bottom() + 1;
        painter.drawLine(QPoint(unit, y), QPoint(width() - unit, y));
    }
}

} // namespace cultivate
