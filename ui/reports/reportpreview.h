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
// are shown at a zoom of the base width (100%): until one is chosen, at 100% or as wide as the view
// where that is narrower (the automatic zoom); Ctrl+wheel, zoomIn()/zoomOut() and fitWidth() choose
// one and change it at once by scaling the images on hand; wantedImageWidth() tells the page which
// image width would be crisp at the zoom, so that it can render the pages again. Its size hint is
// as wide as a page at 100% with the desk around it.
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
    // Between MinZoom and MaxZoom; leaves "fit width" and the automatic zoom.
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    // Keeps the pages as wide as the view, also when it is resized.
    void fitWidth();
    bool isFitWidth() const { return m_zoomMode == ZoomMode::FitWidth; }
    // True until a zoom is chosen: 100%, or less where the view is narrower than a page.
    bool isAutomaticZoom() const { return m_zoomMode == ZoomMode::Automatic; }
    // The width in device pixels that the images should have to look sharp at the zoom.
    int wantedImageWidth() const;
    // The logical size a page is shown at.
    QSize pageSize() const;

    QSize sizeHint() const override;

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
    // The zoom at which a page is as wide as the view, and the room around it.
    double fittingZoom() const;
    int deskMargins() const;
    // The zoom the mode wants at the view's width.
    void followWidth();

    enum class ZoomMode { Automatic, Chosen, FitWidth };

    QList<QImage> m_pages{};
    QWidget *m_desk = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_message = nullptr;
    QList<QLabel *> m_pageLabels{};
    QList<QLabel *> m_pageImages{};
    bool m_stale = false;
    int m_baseWidth = 480;
    double m_zoom = 1.0;
    ZoomMode m_zoomMode = ZoomMode::Automatic;
};

} // namespace cultivate
