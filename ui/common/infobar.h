// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace cultivate {

// A notice across the top of the window, without a dialog: a bold headline and a sentence.
class InfoBar final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfoBar)

public:
    explicit InfoBar(QWidget *parent = nullptr);

    void setMessage(const QString &headline, const QString &text);
    QString headline() const;
    QString text() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace cultivate
