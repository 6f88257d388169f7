#pragma once

#include <QMainWindow>

class ArticleRepository;

// The editor's main window: article list on the left, the article form in the centre.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ArticleRepository *repository, QWidget *parent = nullptr);

private:
    ArticleRepository *m_repository;
};
