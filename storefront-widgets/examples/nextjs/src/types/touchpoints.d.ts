// JSX typings of the <tp-*> elements (React 19 reads them from the `react` module).
import "@touchpoints/widgets/react"
