// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <span>

// The names, places and texts the demo generator draws from. Everything here is invented for the
// demo: organisations use the reserved ".example" domain, so no generated address can reach anyone.
namespace cultivate::demo {

struct Organisation {
    const char *name;
    const char *domain;
    int weight; // relative share of the community's people
};

// A formal first name and the short form people also use ("Robert" / "Bob").
struct Nickname {
    const char *formal;
    const char *informal;
};

// A story of practice: the shape the generator fills with dates, people, events and resources.
struct StoryTemplate {
    const char *title;
    StoryKind kind;
    double when; // position in the plan period, 0…1
    const char *narrative;
    QList<ValueCycle> cycles;
    bool consent;
};

std::span<const Organisation> organisations(); // the first one hosts the community
std::span<const char *const> firstNames();     // UTF-8
std::span<const char *const> lastNames();      // UTF-8
std::span<const Nickname> nicknames();
std::span<const char *const> topics();         // session topics
std::span<const char *const> resourceTitles(); // things members share between sessions
std::span<const char *const> tags();
std::span<const char *const> rooms();
std::span<const char *const> recognitionReasons();
std::span<const char *const> hopes();           // baseline free-text answers
std::span<const char *const> changes();         // final free-text answers
std::span<const char *const> sessionComments(); // session-feedback free-text answers
std::span<const char *const> valueExamples();   // value-creation free-text answers
std::span<const char *const> memberNotes();
std::span<const StoryTemplate> stories();

// The charter of the demo community: every field filled, name and dates left as they are.
void fillCharter(Community &community);

// A name reduced to lower-case ASCII letters and digits, for e-mail addresses ("Łukasz" -> "lukasz").
QString asciiKey(const QString &name);

} // namespace cultivate::demo
