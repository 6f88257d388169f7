#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// JSON inputs for ninjstest.cpp. They live in their own file because moc misreads raw string
// literals holding "//" (every URL) inside a Q_OBJECT class and then finds no class at all.
struct BadInput {
    const char *name;
    QByteArray json;
    QString expected; // part of the error message
};

QList<BadInput> badInputRows();
QByteArray plainTextBodyJson();
QByteArray hostileJson();
QString defusedBody();
