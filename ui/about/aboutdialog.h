#pragma once

#include <QDialog>

class QLabel;

// Help → About: what is running (Newsdesk, Qt and Sonnet versions), under which licence, and
// who to thank. The versions are those the binary was built with and runs on, for bug reports.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    [[nodiscard]] static QString newsdeskVersion();
    [[nodiscard]] static QString qtVersion();
    [[nodiscard]] static QString sonnetVersion();
    [[nodiscard]] static QString licence();

private:
    QLabel *m_text = nullptr;
};
