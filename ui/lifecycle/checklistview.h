// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/card.h"
#include "ui/lifecycle/evidencechoices.h"

class QVBoxLayout;

namespace cultivate {

// A stage's checklist: per item a done mark (a button when editable), the title, its guidance as
// secondary text, its evidence (note and links), and the due or done date. Items past their due date and not done show
// the date in the warning colour. When editable, each row offers Edit, and the facilitator's own items also Move up,
// Move down and Remove; the view only asks, through its signals, and the page makes the change.
class ChecklistView final : public Card {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistView)

public:
    explicit ChecklistView(QWidget *parent = nullptr);

    // `choices` names the records items cite as evidence.
    void setItems(const QList<ChecklistItem> &items, const QDate &today, bool editable = false,
                  const EvidenceChoices &choices = {});
    // The titles shown, in order.
    QStringList titles() const;

signals:
    void doneToggled(const cultivate::ChecklistItem &item, bool done);
    void editRequested(const cultivate::ChecklistItem &item);
    void moveRequested(const cultivate::ChecklistItem &item, int delta);
    void removeRequested(const cultivate::ChecklistItem &item);
    void addRequested();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QWidget *makeRow(const ChecklistItem &item, const QDate &today, bool editable, bool first, bool last,
                     const EvidenceChoices &choices);

    QVBoxLayout *m_layout = nullptr;
    QList<QWidget *> m_rows{};
    QStringList m_titles{};
};

} // namespace cultivate
