// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reportpreview.h"

#include "ui/common/theme.h"
#include "ui/common/typography.h"

#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QLabel>
#include <QPixmap>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>

namespace cultivate {

ReportPreview::ReportPreview(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("reports-preview"));
    setAccessibleName(tr("Preview of the report's pages"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setFocusPolicy(Qt::StrongFocus);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);

    m_desk = new QWidget;
    m_desk->setObjectName(QStringLiteral("reports-preview-pages"));
    m_layout = new QVBoxLayout(m_desk);
    const int unit = em(this);
    m_layout->setContentsMargins(unit * 3 / 2, unit * 3 / 2, unit * 3 / 2, unit * 2);
    m_layout->setSpacing(unit / 3);
    m_layout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_message = makeLabel({}, TextStyle::Secondary, m_desk);
    m_message->setObjectName(QStringLiteral("reports-preview-message"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMinimumWidth(unit * 20);
    m_layout->addStretch(1);
    m_layout->addWidget(m_message, 0, Qt::AlignHCenter);
    m_layout->addStretch(2);
    setWidget(m_desk);
    updateDesk();
}

void ReportPreview::setPages(const QList<QImage> &pages)
{
    clearPages();
    m_pages = pages;
    m_message->hide();
    QLayoutItem *item = nullptr;
    while ((item = m_layout->takeAt(0)) != nullptr) {
        // The stretches around the message; the message itself stays a child of the desk.
        delete item;
    }
    const int unit = em(this);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QPixmap pixmap = QPixmap::fromImage(pages.at(i));
        auto *page = new QLabel(m_desk);
        page->setObjectName(QStringLiteral("reports-preview-page-%1").arg(i + 1));
        page->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(pages.size()));
        page->setPixmap(pixmap);
        page->setScaledContents(true); // shown at the zoom, whatever the image's own width
        page->setFrameShape(QFrame::Box);
        page->setLineWidth(1);
        QPalette edge = page->palette();
        edge.setColor(QPalette::WindowText, borderColour().darker(130));
        page->setPalette(edge);

        auto *number = makeLabel(tr("Page %1 of %2").arg(i + 1).arg(pages.size()), TextStyle::Secondary, m_desk);
        number->setAlignment(Qt::AlignCenter);
        number->setAccessibleName(QString());
        m_layout->addWidget(page, 0, Qt::AlignHCenter);
        m_layout->addWidget(number, 0, Qt::AlignHCenter);
        m_layout->addSpacing(unit);
        m_pageLabels << page << number;
        m_pageImages << page;
    }
    m_layout->addStretch(1);
    setStale(m_stale);
    updateDesk();
    resizePages();
}

void ReportPreview::setBaseWidth(int width)
{
    m_baseWidth = std::max(1, width);
    resizePages();
    updateGeometry();
    followWidth();
}

QSize ReportPreview::pageSize() const
{
    const int width = qRound(m_baseWidth * m_zoom);
    if (m_pages.isEmpty() || m_pages.first().width() <= 0)
        return {width, qRound(width * 297.0 / 210.0)};
    const QImage &first = m_pages.first();
    return {width, qRound(double(width) * first.height() / first.width())};
}

void ReportPreview::resizePages()
{
    const QSize size = pageSize() + QSize(2, 2); // and the frame
    for (QLabel *page : std::as_const(m_pageImages))
        page->setFixedSize(size);
}

void ReportPreview::applyZoom(double zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // Keep the same part of the document in view.
    QScrollBar *bar = verticalScrollBar();
    const double position = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
    m_zoom = zoom;
    resizePages();
    m_desk->adjustSize();
    bar->setValue(qRound(position * bar->maximum()));
    emit zoomChanged(m_zoom);
}

void ReportPreview::setZoom(double zoom)
{
    m_zoomMode = ZoomMode::Chosen;
    applyZoom(zoom);
}

void ReportPreview::zoomIn()
{
    setZoom(m_zoom * ZoomStep);
}

void ReportPreview::zoomOut()
{
    setZoom(m_zoom / ZoomStep);
}

int ReportPreview::deskMargins() const
{
    return 3 * em(this) + verticalScrollBar()->sizeHint().width() + 4;
}

double ReportPreview::fittingZoom() const
{
    const int room = viewport()->width() - deskMargins();
    return double(std::max(room, 1)) / m_baseWidth;
}

void ReportPreview::followWidth()
{
    if (m_zoomMode == ZoomMode::FitWidth)
        applyZoom(fittingZoom());
    else if (m_zoomMode == ZoomMode::Automatic)
        applyZoom(std::min(1.0, fittingZoom()));
}

void ReportPreview::fitWidth()
{
    m_zoomMode = ZoomMode::FitWidth;
    followWidth();
}

QSize ReportPreview::sizeHint() const
{
    // The view as wide as a page at 100% beside a vertical scroll bar (the pages are taller than it).
    const int width = m_baseWidth + deskMargins() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
    return {width, QScrollArea::sizeHint().height()};
}

int ReportPreview::wantedImageWidth() const
{
    return qRound(m_baseWidth * m_zoom * devicePixelRatioF());
}

void ReportPreview::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta > 0)
            zoomIn();
        else if (delta < 0)
            zoomOut();
        event->accept();
        return;
    }
    QScrollArea::wheelEvent(event);
}

void ReportPreview::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    followWidth();
}

void ReportPreview::setMessage(const QString &text)
{
    clearPages();
    QLayoutItem *item = nullptr;
    while ((item = m_layout->takeAt(0)) != nullptr)
        delete item;
    m_message->setText(text);
    m_message->show();
    m_layout->addStretch(1);
    m_layout->addWidget(m_message, 0, Qt::AlignHCenter);
    m_layout->addStretch(2);
}

QString ReportPreview::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReportPreview::setStale(bool stale)
{
    m_stale = stale;
    for (QLabel *label : std::as_const(m_pageLabels)) {
        if (!stale) {
            label->setGraphicsEffect(nullptr);
            continue;
        }
        if (!label->graphicsEffect()) {
            auto *fade = new QGraphicsOpacityEffect(label);
            fade->setOpacity(0.55);
            label->setGraphicsEffect(fade);
        }
    }
}

void ReportPreview::clearPages()
{
    qDeleteAll(m_pageLabels);
    m_pageLabels.clear();
    m_pageImages.clear();
    m_pages.clear();
}

void ReportPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateDesk();
    QScrollArea::changeEvent(event);
}

void ReportPreview::updateDesk()
{
    // The desk is a shade away from the window colour, so that white pages stand out in both themes.
    const QPalette base = palette();
    const QColor desk = mixColours(base.color(QPalette::Window), base.color(QPalette::WindowText), 0.08);
    QPalette p = m_desk->palette();
    p.setColor(QPalette::Window, desk);
    m_desk->setPalette(p);
    m_desk->setAutoFillBackground(true);
    viewport()->setPalette(p);
    viewport()->setAutoFillBackground(true);
}

} // namespace cultivate
