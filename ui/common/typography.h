// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

class QLabel;
class QWidget;

namespace cultivate {

// The text styles of the interface. Sizes are relative to the application's default font, so text
// follows the user's font settings and screen scaling; no pixel sizes.
enum class TextStyle {
    Title,      // a page's main heading
    Heading,    // a section of a page
    Subheading, // a group inside a section
    Body,
    Strong,    // body text in bold
    Secondary, // supporting text, in the palette's placeholder colour
    Caption,   // the name of a field above or beside its value
    Figure,    // a large number on a tile
};

QFont styledFont(TextStyle style);

// A plain-text label in `style`. User text is never interpreted as HTML. Body and secondary text wraps.
QLabel *makeLabel(const QString &text, TextStyle style, QWidget *parent = nullptr);
void applyTextStyle(QLabel *label, TextStyle style);

// One line of the default font: the unit for spacing and sizes, so layouts scale with the font.
int em(const QWidget *widget);

} // namespace cultivate
