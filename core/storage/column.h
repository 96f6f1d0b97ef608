// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QVariant>

#include <functional>
#include <type_traits>

// How a field of an entity is written to and read from one SQL column, and how it appears in the
// JSON export. One descriptor per field replaces hand-written SQL for every entity.
namespace cultivate::storage {

inline const QString DateTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

// --- field value -> SQL value ---------------------------------------------------------------
inline QVariant sqlValue(const QString &v)
{
    return v.isNull() ? QVariant(QStringLiteral("")) : QVariant(v);
}
inline QVariant sqlValue(const QDate &v)
{
    return v.isValid() ? QVariant(v.toString(Qt::ISODate)) : QVariant();
}
inline QVariant sqlValue(const QDateTime &v)
{
    return v.isValid() ? QVariant(v.toString(DateTimeFormat)) : QVariant();
}
inline QVariant sqlValue(bool v)
{
    return QVariant(v ? 1 : 0);
}
inline QVariant sqlValue(int v)
{
    return QVariant(v);
}
inline QVariant sqlValue(qint64 v)
{
    return QVariant(v);
}
inline QVariant sqlValue(double v)
{
    return QVariant(v);
}
inline QVariant sqlValue(const QStringList &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(v)).toJson(QJsonDocument::Compact));
}
template <class V> QVariant sqlValue(const std::optional<V> &v)
{
    return v ? sqlValue(*v) : QVariant();
}
template <class E>
requires std::is_enum_v<E> QVariant sqlValue(E v)
{
    return enumKey(v);
}
template <class E>
requires std::is_enum_v<E> QVariant sqlValue(const QList<E> &v)
{
    QStringList keys;
    for (E e : v)
        keys << enumKey(e);
    return sqlValue(keys.join(QLatin1Char(',')));
}

// --- SQL value -> field value ---------------------------------------------------------------
inline void readSql(const QVariant &s, QString &v)
{
    v = s.toString();
}
inline void readSql(const QVariant &s, QDate &v)
{
    v = s.isNull() ? QDate() : QDate::fromString(s.toString(), Qt::ISODate);
}
inline void readSql(const QVariant &s, QDateTime &v)
{
    v = s.isNull() ? QDateTime() : QDateTime::fromString(s.toString(), Qt::ISODate);
}
inline void readSql(const QVariant &s, bool &v)
{
    v = s.toInt() != 0;
}
inline void readSql(const QVariant &s, int &v)
{
    v = s.toInt();
}
inline void readSql(const QVariant &s, qint64 &v)
{
    v = s.toLongLong();
}
inline void readSql(const QVariant &s, double &v)
{
    v = s.toDouble();
}
inline void readSql(const QVariant &s, QStringList &v)
{
    v.clear();
    const QJsonArray array = QJsonDocument::fromJson(s.toString().toUtf8()).array();
    for (const QJsonValue &item : array)
        v << item.toString();
}
template <class V> void readSql(const QVariant &s, std::optional<V> &v)
{
    if (s.isNull()) {
        v.reset();
    } else {
        V value{};
        readSql(s, value);
        v = value;
    }
}
template <class E>
requires std::is_enum_v<E>
void readSql(const QVariant &s, E &v)
{
    v = enumFromKey<E>(s.toString()).value_or(E{});
}
template <class E>
requires std::is_enum_v<E>
void readSql(const QVariant &s, QList<E> &v)
{
    v.clear();
    const QStringList keys = s.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &key : keys) {
        if (auto e = enumFromKey<E>(key))
            v << *e;
    }
}

// --- field value -> JSON ----------------------------------------------------------------------
inline QJsonValue jsonValue(const QString &v)
{
    return v;
}
inline QJsonValue jsonValue(const QDate &v)
{
    return v.isValid() ? QJsonValue(v.toString(Qt::ISODate)) : QJsonValue();
}
inline QJsonValue jsonValue(const QDateTime &v)
{
    return v.isValid() ? QJsonValue(v.toString(DateTimeFormat)) : QJsonValue();
}
inline QJsonValue jsonValue(bool v)
{
    return v;
}
inline QJsonValue jsonValue(int v)
{
    return v;
}
inline QJsonValue jsonValue(qint64 v)
{
    return v;
}
inline QJsonValue jsonValue(double v)
{
    return v;
}
inline QJsonValue jsonValue(const QStringList &v)
{
    return QJsonArray::fromStringList(v);
}
template <class V> QJsonValue jsonValue(const std::optional<V> &v)
{
    return v ? jsonValue(*v) : QJsonValue();
}
template <class E>
requires std::is_enum_v<E> QJsonValue jsonValue(E v)
{
    return enumKey(v);
}
template <class E>
requires std::is_enum_v<E> QJsonValue jsonValue(const QList<E> &v)
{
    QJsonArray array;
    for (E e : v)
        array << enumKey(e);
    return array;
}
inline QJsonValue jsonValue(const QList<Id> &v)
{
    QJsonArray array;
    for (Id id : v)
        array << id;
    return array;
}

template <class T> struct Column {
    QString name; // SQL column; the JSON key is the same name
    std::function<QVariant(const T &)> toSql;
    std::function<void(T &, const QVariant &)> fromSql;
    std::function<QJsonValue(const T &)> toJson;
};

template <class T, class V> Column<T> column(const char *name, V T::*field)
{
    return Column<T>{QString::fromLatin1(name), [field](const T &e) { return sqlValue(e.*field); },
                     [field](T &e, const QVariant &v) { readSql(v, e.*field); },
                     [field](const T &e) { return jsonValue(e.*field); }};
}

// A list field kept in a child table of (owner, value) rows, e.g. member aliases or story links.
template <class T> struct ChildList {
    QString table;
    QString ownerColumn;
    QString valueColumn;
    QString jsonKey;
    std::function<QVariantList(const T &)> values;
    std::function<void(T &, const QVariant &)> append;
    std::function<void(T &)> clear;
    std::function<QJsonValue(const T &)> toJson;
};

template <class T, class V>
ChildList<T> childList(const char *table, const char *owner, const char *value, const char *jsonKey, QList<V> T::*field)
{
    return ChildList<T>{QString::fromLatin1(table),
                        QString::fromLatin1(owner),
                        QString::fromLatin1(value),
                        QString::fromLatin1(jsonKey),
                        [field](const T &e) {
                            QVariantList list;
                            for (const V &v : e.*field)
                                list << QVariant::fromValue(v);
                            return list;
                        },
                        [field](T &e, const QVariant &v) { (e.*field).append(v.value<V>()); },
                        [field](T &e) { (e.*field).clear(); },
                        [field](const T &e) {
                            if constexpr (std::is_same_v<V, QString>)
                                return QJsonValue(QJsonArray::fromStringList(e.*field));
                            else
                                return jsonValue(e.*field);
                        }};
}

} // namespace cultivate::storage
