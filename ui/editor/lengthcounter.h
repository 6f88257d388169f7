#pragma once

#include <QLabel>

class QTextDocument;

// The "37/40" beside a length-limited field: live, red over the recommended limit, never
// blocking typing.
class LengthCounter : public QLabel
{
    Q_OBJECT

public:
    LengthCounter(QTextDocument *document, int limit, QWidget *parent = nullptr);

    void setLimit(int limit);
    [[nodiscard]] int limit() const { return m_limit; }
    [[nodiscard]] int count() const { return m_count; }
    [[nodiscard]] bool isOverLimit() const { return m_count > m_limit; }

private:
    void update();

    QTextDocument *m_document;
    int m_limit;
    int m_count = 0;
};
