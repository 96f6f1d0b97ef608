// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferences/preferencesdialog.h"

#include "ui/common/typography.h"
#include "ui/preferences/preferences.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cultivate {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_initial(currentAppearance())
{
    setObjectName(QStringLiteral("preferences-dialog"));
    setWindowTitle(tr("Preferences"));
    const int unit = em(this);

    auto *group = new QGroupBox(tr("Appearance"), this);
    group->setObjectName(QStringLiteral("appearance-group"));
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->setSpacing(unit / 4);
    m_appearance = new QButtonGroup(this);
    struct Choice {
        Appearance appearance;
        QString text;
        QString help;
    };
    const QList<Choice> choices{
        {Appearance::Desktop, tr("Follow the &desktop"),
         tr("The style and colours of your desktop, light or dark, as other applications have them.")},
        {Appearance::Light, tr("&Light"), tr("The Fusion style with Cultivate's light colours.")},
        {Appearance::Dark, tr("Dar&k"), tr("The Fusion style with Cultivate's dark colours.")},
    };
    for (const Choice &choice : choices) {
        auto *button = new QRadioButton(choice.text, group);
        button->setObjectName(QStringLiteral("appearance-") + appearanceKey(choice.appearance));
        button->setAccessibleDescription(choice.help);
        m_appearance->addButton(button, int(choice.appearance));
        QLabel *help = makeLabel(choice.help, TextStyle::Secondary, group);
        help->setContentsMargins(unit * 3 / 2, 0, 0, unit / 4);
        help->setMinimumWidth(unit * 24);
        groupLayout->addWidget(button);
        groupLayout->addWidget(help);
    }
    m_appearance->button(int(m_initial))->setChecked(true);
    connect(m_appearance, &QButtonGroup::idClicked, this, [](int id) { applyAppearance(static_cast<Appearance>(id)); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit * 3 / 2, unit * 3 / 2, unit * 3 / 2, unit);
    layout->setSpacing(unit);
    layout->addWidget(group);
    layout->addWidget(createLanguageGroup());
    layout->addStretch();
    layout->addWidget(buttons);
}

QWidget *PreferencesDialog::createLanguageGroup()
{
    const int unit = em(this);
    auto *group = new QGroupBox(tr("Language"), this);
    group->setObjectName(QStringLiteral("language-group"));
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("language-choice"));
    m_language->setAccessibleName(tr("Language"));
    // Each language is named in its own words, so that a person can find theirs in a language they
    // do not read.
    const QString system = QLocale::system().nativeLanguageName();
    m_language->addItem(system.isEmpty() ? tr("The system's language") : tr("The system's language (%1)").arg(system),
                        languageKey(Language::System));
    m_language->addItem(QStringLiteral("English"), languageKey(Language::English));
    m_language->addItem(QStringLiteral("Français"), languageKey(Language::French));
    setLanguage(savedLanguage());
    QLabel *note = makeLabel(tr("Cultivate changes language the next time it starts."), TextStyle::Secondary, group);
    note->setObjectName(QStringLiteral("language-note"));
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->setSpacing(unit / 4);
    groupLayout->addWidget(m_language);
    groupLayout->addWidget(note);
    return group;
}

Language PreferencesDialog::language() const
{
    return languageFromKey(m_language->currentData().toString());
}

void PreferencesDialog::setLanguage(Language language)
{
    m_language->setCurrentIndex(m_language->findData(languageKey(language)));
}

Appearance PreferencesDialog::appearance() const
{
    return static_cast<Appearance>(m_appearance->checkedId());
}

void PreferencesDialog::setAppearance(Appearance appearance)
{
    m_appearance->button(int(appearance))->click();
}

void PreferencesDialog::accept()
{
    saveAppearance(appearance());
    saveLanguage(language());
    QDialog::accept();
}

void PreferencesDialog::reject()
{
    if (currentAppearance() != m_initial)
        applyAppearance(m_initial);
    QDialog::reject();
}

} // namespace cultivate
