// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace cultivate {

// The pages of a report, one under the other on a grey desk like a document viewer, each with its
// number, or a sentence in their place (while the first preview is made, or when it failed). The
// images are device pixels; they are shown at their size divided by the screen's pixel ratio.
class ReportPreview final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPreview)

public:
    explicit ReportPreview(QWidget *parent = nullptr);

    void setPages(const QList<QImage> &pages);
    // Removes the pages and shows `text` instead.
    void setMessage(const QString &text);
    // Shows the pages faded while a newer preview is being made.
    void setStale(bool stale);

    const QList<QImage> &pages() const { return m_pages; }
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void clearPages();
    void updateDesk();

    QList<QImage> m_pages{};
    QWidget *m_desk = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_message = nullptr;
    QList<QLabel *> m_pageLabels{};
    bool m_stale = false;
};

} // namespace cultivate
