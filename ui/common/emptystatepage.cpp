// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/emptystatepage.h"

#include "ui/common/typography.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cultivate {

EmptyStatePage::EmptyStatePage(const QIcon &icon, const QString &heading, const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_icon(icon)
{
    m_iconLabel = new QLabel(this);
    m_iconLabel->setAlignment(Qt::AlignCenter);
    m_iconLabel->setAccessibleName(heading);
    updateIcon();

    auto *headingLabel = makeLabel(heading, TextStyle::Heading, this);
    headingLabel->setAlignment(Qt::AlignCenter);
    headingLabel->setObjectName(QStringLiteral("empty-state-heading"));

    auto *textLabel = makeLabel(text, TextStyle::Secondary, this);
    textLabel->setAlignment(Qt::AlignCenter);
    textLabel->setObjectName(QStringLiteral("empty-state-text"));
    textLabel->setMaximumWidth(em(this) * 26);
    textLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // Centred by stretches, not by an alignment flag: box layouts give an aligned label only its
    // one-line size hint, which cuts wrapped text.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(textLabel, 100);
    textRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(em(this) / 2);
    layout->addStretch(2);
    layout->addWidget(m_iconLabel, 0, Qt::AlignHCenter);
    layout->addSpacing(em(this) / 2);
    layout->addWidget(headingLabel, 0, Qt::AlignHCenter);
    layout->addLayout(textRow);
    layout->addStretch(3);
}

void EmptyStatePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateIcon();
    QWidget::changeEvent(event);
}

void EmptyStatePage::updateIcon()
{
    const int side = em(this) * 4;
    m_iconLabel->setPixmap(m_icon.pixmap(QSize(side, side), devicePixelRatioF(), QIcon::Disabled));
}

QWidget *makeCentredPanel(QWidget *content, QPushButton *button, const QString &objectName, QWidget *parent)
{
    auto *panel = new QWidget(parent);
    panel->setObjectName(objectName);
    auto *layout = new QVBoxLayout(panel);
    layout->addStretch(2);
    layout->addWidget(content);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return panel;
}

} // namespace cultivate
