from langgieng.cli import main

main()
