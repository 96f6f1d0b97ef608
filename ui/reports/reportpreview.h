// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;
class QWheelEvent;
class QResizeEvent;

namespace cultivate {

// The pages of a report, one under the other on a grey desk like a document viewer, each with its
// number, or a sentence in their place (while the first preview is made, or when it failed). Pages
// are shown at a zoom of the base width (100%): Ctrl+wheel, zoomIn()/zoomOut() and fitWidth() change
// it at once by scaling the images on hand; wantedImageWidth() tells the page which image width
// would be crisp at the zoom, so that it can render the pages again.
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

    // The logical width of a page at 100%.
    void setBaseWidth(int width);
    int baseWidth() const { return m_baseWidth; }
    double zoom() const { return m_zoom; }
    // Between MinZoom and MaxZoom; leaves "fit width".
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    // Keeps the pages as wide as the view, also when it is resized.
    void fitWidth();
    bool isFitWidth() const { return m_fitWidth; }
    // The width in device pixels that the images should have to look sharp at the zoom.
    int wantedImageWidth() const;
    // The logical size a page is shown at.
    QSize pageSize() const;

    static constexpr double MinZoom = 0.5;
    static constexpr double MaxZoom = 3.0;
    static constexpr double ZoomStep = 1.25;

signals:
    void zoomChanged(double zoom);

protected:
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void clearPages();
    void updateDesk();
    void applyZoom(double zoom);
    void resizePages();
    double fittingZoom() const;

    QList<QImage> m_pages{};
    QWidget *m_desk = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_message = nullptr;
    QList<QLabel *> m_pageLabels{};
    QList<QLabel *> m_pageImages{};
    bool m_stale = false;
    int m_baseWidth = 480;
    double m_zoom = 1.0;
    bool m_fitWidth = false;
};

} // namespace cultivate
