// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QPushButton;

namespace cultivate {

// A page whose feature is not built yet: an icon, a heading and one sentence for the user.
class EmptyStatePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePage)

public:
    EmptyStatePage(const QIcon &icon, const QString &heading, const QString &text, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QIcon m_icon{};
    QLabel *m_iconLabel = nullptr;
};

// A panel that centres `content` with `button` under it, for a table's empty and no-match states.
// Takes both widgets into the panel.
QWidget *makeCentredPanel(QWidget *content, QPushButton *button, const QString &objectName, QWidget *parent);

} // namespace cultivate
