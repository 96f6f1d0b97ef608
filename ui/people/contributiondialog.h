// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace cultivate {

// One contribution: who, when, what kind, and the event and resource it belongs to.
class ContributionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContributionDialog)

public:
    ContributionDialog(const Contribution &contribution, const QList<Member> &members, const QList<Event> &events,
                       const QList<Resource> &resources, QWidget *parent = nullptr);
    Contribution contribution() const;

private:
    Contribution m_contribution;
    QComboBox *m_member = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_event = nullptr;
    QComboBox *m_resource = nullptr;
    QLineEdit *m_note = nullptr;
};

// A recognition: whom the community thanked, when, and for what.
class RecognitionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecognitionDialog)

public:
    RecognitionDialog(const Recognition &recognition, const QList<Member> &members, QWidget *parent = nullptr);
    Recognition recognition() const;

private:
    Recognition m_recognition;
    QComboBox *m_member = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_reason = nullptr;
};

// The weight of each kind of contribution (1–12) in this plan's participation levels.
class WeightsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeightsDialog)

public:
    // `weights` holds the plan's current weight of every kind.
    WeightsDialog(const QList<ContributionWeight> &weights, QWidget *parent = nullptr);
    QList<ContributionWeight> weights() const;

private:
    QList<ContributionWeight> m_weights;
    QList<QSpinBox *> m_spins{};
};

} // namespace cultivate
