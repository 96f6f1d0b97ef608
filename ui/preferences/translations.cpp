// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferences/translations.h"

#include "core/reports/reportformat.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace cultivate {

namespace {

// The translators installed by the last call, owned here so that a later call can remove them.
std::unique_ptr<QTranslator> &ours()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qts()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void remove(std::unique_ptr<QTranslator> &slot)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot.get());
        slot.reset();
    }
}

// Loads `name`_<language> for `locale` from `folder` (QTranslator tries the locale's UI languages
// from the most to the least specific: fr_CA, then fr) and installs it in place of `slot`'s.
bool install(std::unique_ptr<QTranslator> &slot, const QLocale &locale, const QString &name, const QString &folder)
{
    remove(slot);
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), folder))
        return false;
    QCoreApplication::installTranslator(translator.get());
    slot = std::move(translator);
    return true;
}

} // namespace

QLocale localeFor(Language language, const QLocale &system)
{
    switch (language) {
    case Language::English:
        return QLocale(QLocale::English, system.territory());
    case Language::French:
        return QLocale(QLocale::French, system.territory());
    case Language::System:
        break;
    }
    return system;
}

bool installTranslations(const QLocale &locale)
{
    QLocale::setDefault(locale);
    // English is the language of the sources: no translation, and none of Qt's either.
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    const bool found = !english && install(ours(), locale, QStringLiteral("cultivate"), QStringLiteral(":/i18n"));
    if (!found) {
        // Without our translation, Qt's own would leave a window of two languages.
        remove(ours());
        remove(qts());
        // The report and the drafts are then English, their dates and numbers too.
        setReportLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return false;
    }
    // The report and the drafts speak the window's language: their dates and numbers follow.
    setReportLocale(locale);
    install(qts(), locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return true;
}

} // namespace cultivate
