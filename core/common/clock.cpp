// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/clock.h"

namespace cultivate {

namespace {

// The computer's clock, unless CULTIVATE_TODAY names a day (YYYY-MM-DD): then the date is that
// day and the time of day runs on, so that checks of the command line see the same "today" on
// every run (the independent check of the figures, reproducible bug reports).
class SystemClock final : public Clock {
public:
    SystemClock()
    {
        const QDate fixed = QDate::fromString(QString::fromLocal8Bit(qgetenv("CULTIVATE_TODAY")), Qt::ISODate);
        if (fixed.isValid())
            m_offsetDays = QDate::currentDate().daysTo(fixed);
    }
    QDateTime now() const override { return QDateTime::currentDateTime().addDays(m_offsetDays); }

private:
    qint64 m_offsetDays = 0;
};

} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace cultivate
