#pragma once

#include "common/card.h"
#include "model/entities.h"

class QVBoxLayout;

namespace cultivate {

// A stage's checklist, read-only: per item a done mark, the title, its guidance as secondary text,
// and the due or done date. Items past their due date and not done show the date in the warning
// colour.
class ChecklistView final : public Card {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistView)

public:
    explicit ChecklistView(QWidget *parent = nullptr);

    void setItems(const QList<ChecklistItem> &items, const QDate &today);
    // The titles shown, in order.
    QStringList titles() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QWidget *makeRow(const ChecklistItem &item, const QDate &today);

    QVBoxLayout *m_layout = nullptr;
    QList<QWidget *> m_rows{};
    QStringList m_titles{};
};

} // namespace cultivate
