// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace cultivate {

namespace {

Appearance current = Appearance::Desktop;

void setAllGroups(QPalette &palette, QPalette::ColorRole role, const QColor &colour)
{
    palette.setColor(QPalette::Active, role, colour);
    palette.setColor(QPalette::Inactive, role, colour);
}

QPalette lightPalette(const QStyle &style)
{
    QPalette p = style.standardPalette();
    setAllGroups(p, QPalette::Highlight, QColor(0x2E7D32));
    setAllGroups(p, QPalette::HighlightedText, Qt::white);
    setAllGroups(p, QPalette::Link, QColor(0x1A5FB4));
    setAllGroups(p, QPalette::LinkVisited, QColor(0x613583));
    setAllGroups(p, QPalette::PlaceholderText, QColor(0x5F6368));
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, QColor(0x9AA0A6));
    return p;
}

QPalette darkPalette()
{
    const QColor window(0x26, 0x28, 0x2B);
    const QColor base(0x1D, 0x1F, 0x21);
    const QColor text(0xE8, 0xEA, 0xED);
    const QColor secondary(0xA8, 0xAD, 0xB3);
    const QColor disabled(0x6F, 0x74, 0x79);

    QPalette p;
    const auto both = [&p](QPalette::ColorRole role, const QColor &colour) { setAllGroups(p, role, colour); };
    both(QPalette::Window, window);
    both(QPalette::WindowText, text);
    both(QPalette::Base, base);
    both(QPalette::AlternateBase, QColor(0x2A, 0x2D, 0x30));
    both(QPalette::ToolTipBase, QColor(0x3C, 0x40, 0x43));
    both(QPalette::ToolTipText, text);
    both(QPalette::PlaceholderText, secondary);
    both(QPalette::Text, text);
    both(QPalette::Button, QColor(0x33, 0x36, 0x3A));
    both(QPalette::ButtonText, text);
    both(QPalette::BrightText, QColor(0xFF, 0x8A, 0x80));
    both(QPalette::Light, QColor(0x45, 0x49, 0x4E));
    both(QPalette::Midlight, QColor(0x3A, 0x3D, 0x41));
    both(QPalette::Mid, QColor(0x2E, 0x31, 0x34));
    both(QPalette::Dark, QColor(0x18, 0x19, 0x1B));
    both(QPalette::Shadow, QColor(0x0C, 0x0C, 0x0D));
    both(QPalette::Highlight, QColor(0x2E, 0x7D, 0x32));
    both(QPalette::HighlightedText, Qt::white);
    both(QPalette::Link, QColor(0x8A, 0xB4, 0xF8));
    both(QPalette::LinkVisited, QColor(0xC5, 0x8A, 0xF9));

    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Window, window);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x2C, 0x2E, 0x31));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x49, 0x4E));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabled);
    return p;
}

} // namespace

void applyAppearance(Appearance appearance)
{
    // The style Qt chose from the desktop (or from -style) before we first replaced it.
    static const QString desktopStyle = QApplication::style()->name();
    current = appearance;
    const QString styleName = appearance == Appearance::Desktop ? desktopStyle : QStringLiteral("fusion");
    if (QApplication::style()->name().compare(styleName, Qt::CaseInsensitive) != 0) {
        if (QStyle *style = QStyleFactory::create(styleName))
            QApplication::setStyle(style);
    }
    switch (appearance) {
    case Appearance::Desktop:
        // An empty palette resolves every role against the platform theme's palette and the style's.
        QApplication::setPalette(QPalette());
        break;
    case Appearance::Light:
        QApplication::setPalette(lightPalette(*QApplication::style()));
        break;
    case Appearance::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

Appearance currentAppearance()
{
    return current;
}

QString appearanceKey(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::Desktop:
        break;
    }
    return QStringLiteral("desktop");
}

Appearance appearanceFromKey(const QString &key)
{
    for (Appearance appearance : {Appearance::Light, Appearance::Dark}) {
        if (key == appearanceKey(appearance))
            return appearance;
    }
    return Appearance::Desktop;
}

bool isDarkTheme()
{
    return QApplication::palette().color(QPalette::Window).lightnessF() < 0.5;
}

QColor warningColour()
{
    return isDarkTheme() ? QColor(0xF2, 0x8B, 0x82) : QColor(0xB3, 0x26, 0x1E);
}

QColor successColour()
{
    return isDarkTheme() ? QColor(0x81, 0xC9, 0x95) : QColor(0x1E, 0x7B, 0x34);
}

QColor borderColour()
{
    const QPalette p = QApplication::palette();
    return mixColours(p.color(QPalette::Window), p.color(QPalette::WindowText), isDarkTheme() ? 0.16 : 0.14);
}

QColor mixColours(const QColor &from, const QColor &to, qreal amount)
{
    const auto mix = [amount](qreal a, qreal b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(mix(from.redF(), to.redF())), float(mix(from.greenF(), to.greenF())),
                            float(mix(from.blueF(), to.blueF())), float(mix(from.alphaF(), to.alphaF())));
}

} // namespace cultivate
