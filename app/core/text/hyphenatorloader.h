#pragma once

#include <QObject>
#include <QString>

#include <memory>

class Hyphenator;
class QThread;

// Loads the hyphenation patterns for Zeilen on a worker thread: libhyphen needs a few seconds
// of CPU for the 78,000 German patterns, which the editor's start must not wait for. Created
// in main(); finished() hands the result to the window.
class HyphenatorLoader : public QObject
{
    Q_OBJECT

public:
    explicit HyphenatorLoader(const QString &languageTag, QObject *parent = nullptr);
    ~HyphenatorLoader() override; // waits for the worker

    // nullptr until finished(), and after it when the patterns are missing (errorString()).
    [[nodiscard]] const Hyphenator *hyphenator() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();

private:
    QThread *m_thread = nullptr;
    QString m_patternFile;
    std::unique_ptr<Hyphenator> m_hyphenator;
    QString m_error;
    bool m_finished = false;
};
