from generador.cli import main

main()
