// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

namespace cultivate::test {

// Text that is cut, and sideways scrolling, among the visible widgets under `root` (itself included).
// One line per problem, naming the widget (objectName, accessible name, class), its text and the
// widths, so that the line says what to fix:
// - a plain, single-line-per-paragraph QLabel (not word-wrapped, not empty) narrower than its text;
//   a rich-text one narrower than its own size hint;
// - a QAbstractButton narrower than its minimumSizeHint(), or narrower than its sizeHint() (where
//   a custom button elides) without its full text in its tooltip;
// - a QTabBar narrower than its tabs need, unless every tab's tooltip holds its full text;
// - text in a QGraphicsView's scene (chart axes and titles) ending in an ellipsis, unless the view's
//   tooltip or accessible description holds the whole text;
// - a QScrollArea showing its horizontal scroll bar.
// A label or button whose text is elided on purpose fits its width by construction and passes.
QStringList textFitProblems(const QWidget &root);

} // namespace cultivate::test
