// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace cultivate {

// Help ▸ Guide: the guide (see Guide) with its contents beside it and a search field. Not modal:
// the window stays usable while it is open.
class GuideDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideDialog)

public:
    explicit GuideDialog(double attendanceThreshold = 0.5, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The headings of the guide, in order, as the contents list shows them.
    QStringList headings() const;
    // Scrolls to the heading with that text; false when there is none.
    bool showHeading(const QString &heading);

private:
    void fillContents();
    void find(bool backwards);

    QTextBrowser *m_browser = nullptr;
    QListWidget *m_contents = nullptr;
    QLineEdit *m_search = nullptr;
};

} // namespace cultivate
