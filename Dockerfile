# The registry as an image, built from this repository (docker compose build).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/registry-app/target/registry-app.jar /app/registry-app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/registry-app.jar"]
